package dev.gantry.adapter.docker.ops;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.EventType;
import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.api.ops.ProgressWatch;
import dev.gantry.adapter.api.ops.ServiceProgress;
import dev.gantry.adapter.api.ops.ServiceProgress.Phase;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a service on its own daemon thread: re-reads when the engine pushes a service or
 * container event, and otherwise every {@link #FALLBACK} (task state changes, such as a task
 * rejected because its image is missing, have no event). Ends on a final phase, on the timeout,
 * or when closed; the outcome always completes.
 */
final class ServiceWatch implements ProgressWatch {

    static final Duration FALLBACK = Duration.ofSeconds(2);
    /**
     * Converged only counts when the same running tasks are still running this long later: a
     * crash-looping task is "running" for an instant between failures.
     */
    static final Duration SETTLE = Duration.ofSeconds(3);
    private static final Logger LOG = LoggerFactory.getLogger(ServiceWatch.class);
    private final CompletableFuture<ServiceProgress> outcome = new CompletableFuture<>();
    private volatile boolean closed;
    private volatile ServiceProgress last;
    private volatile String serviceId;
    private Thread thread;

    private ServiceWatch() {
    }

    static ServiceWatch start(DockerClient client, Supplier<ServiceProgress> reader, Duration timeout,
                              Consumer<ServiceProgress> listener) {
        ServiceWatch watch = new ServiceWatch();
        watch.thread = new Thread(() -> watch.run(client, reader, timeout, listener), "gantry-service-watch");
        watch.thread.setDaemon(true);
        watch.thread.start();
        return watch;
    }

    private void run(DockerClient client, Supplier<ServiceProgress> reader, Duration timeout, Consumer<ServiceProgress> listener) {
        Instant deadline = Instant.now().plus(timeout);
        try (EventTrigger trigger = new EventTrigger(client, this::concernsService, EventType.SERVICE, EventType.CONTAINER)) {
            Instant convergedSince = null;
            java.util.List<String> convergedTasks = null;
            while (!closed) {
                ServiceProgress p;
                try {
                    p = reader.get();
                } catch (EngineException e) {
                    // the engine restarting or a manager election: keep trying until the deadline
                    if (e.kind() == EngineException.Kind.NOT_FOUND || Instant.now().isAfter(deadline)) {
                        throw e;
                    }
                    LOG.debug("service watch: read failed, retrying: {}", e.getMessage());
                    trigger.await(FALLBACK);
                    continue;
                }
                last = p;
                serviceId = p.serviceId();
                if (p.phase() == Phase.CONVERGED) {
                    java.util.List<String> ids = p.tasks().stream().map(dev.gantry.adapter.api.TaskInfo::id).sorted().toList();
                    if (convergedSince == null || !ids.equals(convergedTasks)) {
                        convergedSince = Instant.now();
                        convergedTasks = ids;
                    }
                    if (Duration.between(convergedSince, Instant.now()).compareTo(SETTLE) < 0) {
                        p = p.withPhase(Phase.CONVERGING, p.summary());
                    }
                } else {
                    convergedSince = null;
                }
                if (p.phase().isFinal()) {
                    notify(listener, p);
                    outcome.complete(p);
                    return;
                }
                if (Instant.now().isAfter(deadline)) {
                    finish(listener, p.withPhase(Phase.TIMED_OUT, p.summary() + " Gave up waiting after "
                            + timeout.toSeconds() + " s."));
                    return;
                }
                notify(listener, p);
                Duration left = Duration.between(Instant.now(), deadline);
                Duration wait = convergedSince != null ? Duration.ofSeconds(1) : FALLBACK;
                trigger.await(left.compareTo(wait) < 0 ? left : wait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (EngineException e) {
            outcome.completeExceptionally(e);
            return;
        } catch (RuntimeException e) {
            LOG.warn("service watch failed", e);
            outcome.completeExceptionally(e);
            return;
        }
        ServiceProgress p = last;
        if (p != null) {
            finish(listener, p.withPhase(Phase.CANCELLED, "Stopped watching " + p.serviceName() + "."));
        } else {
            outcome.cancel(false);
        }
    }

    private boolean concernsService(com.github.dockerjava.api.model.Event e) {
        String id = serviceId;
        if (id == null) {
            return true;
        }
        if (e.getType() == EventType.SERVICE) {
            return e.getActor() != null && id.equals(e.getActor().getId());
        }
        return e.getActor() != null && e.getActor().getAttributes() != null
                && id.equals(e.getActor().getAttributes().get("com.docker.swarm.service.id"));
    }

    private void finish(Consumer<ServiceProgress> listener, ServiceProgress p) {
        notify(listener, p);
        outcome.complete(p);
    }

    private static void notify(Consumer<ServiceProgress> listener, ServiceProgress p) {
        try {
            listener.accept(p);
        } catch (RuntimeException e) {
            LOG.warn("progress listener failed", e);
        }
    }

    @Override
    public CompletableFuture<ServiceProgress> outcome() {
        return outcome;
    }

    @Override
    public void close() {
        closed = true;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
        }
    }
}
