package dev.gantry.adapter.docker;

import dev.gantry.adapter.api.EndpointProfile;
import dev.gantry.adapter.api.EngineException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A session's small pool for independent engine calls made side by side (the docker-java client is
 * thread-safe). Idle threads end after a few seconds, so a quiet session holds none.
 */
final class ParallelCalls implements AutoCloseable {

    private static final AtomicInteger POOLS = new AtomicInteger();
    static final long TIMEOUT_SECONDS = 60;

    private final EndpointProfile profile;
    private final ThreadPoolExecutor executor;

    ParallelCalls(EndpointProfile profile) {
        this.profile = profile;
        int pool = POOLS.incrementAndGet();
        AtomicInteger threads = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(8, 8, 5, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "gantry-calls-" + pool + "-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        executor.allowCoreThreadTimeOut(true);
    }

    <T> CompletableFuture<T> submit(Supplier<T> call) {
        return CompletableFuture.supplyAsync(call, executor);
    }

    /** The call's result, or its failure as a typed {@link EngineException}. */
    <T> T await(CompletableFuture<T> future) {
        try {
            return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw cause instanceof EngineException ee ? ee : EngineErrors.translate(profile, cause);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new EngineException(EngineException.Kind.TIMEOUT,
                    "The engine at " + profile.host() + " did not answer within " + TIMEOUT_SECONDS + " s.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException(EngineException.Kind.UNKNOWN, "The call to the engine was interrupted.", e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
