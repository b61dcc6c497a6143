package dev.gantry.adapter.docker;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;

/** A session's small pool for log/stats stream housekeeping and sampling, made on first use. */
final class StreamScheduler implements AutoCloseable {

    private static final AtomicInteger SESSIONS = new AtomicInteger();
    private ScheduledThreadPoolExecutor pool;

    synchronized ScheduledExecutorService get() {
        if (pool == null) {
            int session = SESSIONS.incrementAndGet();
            AtomicInteger n = new AtomicInteger();
            pool = new ScheduledThreadPoolExecutor(4, r -> {
                Thread t = new Thread(r, "gantry-streams-" + session + "-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            pool.setRemoveOnCancelPolicy(true);
        }
        return pool;
    }

    @Override
    public synchronized void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
