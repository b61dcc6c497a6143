package dev.gantry.adapter.docker.ops;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Event;
import com.github.dockerjava.api.model.EventType;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wakes a waiter when the engine pushes a relevant event, so waits re-read state when something
 * happened instead of polling. Task state changes have no events of their own (swarm pushes only
 * service, node and container events), so waiters still re-read on a slow fallback cadence.
 */
final class EventTrigger implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EventTrigger.class);
    private final Semaphore signal = new Semaphore(0);
    private final ResultCallback.Adapter<Event> callback;

    EventTrigger(DockerClient client, Predicate<Event> relevant, EventType... types) {
        this.callback = new ResultCallback.Adapter<>() {
            @Override
            public void onNext(Event event) {
                if (relevant.test(event)) {
                    signal.release();
                }
            }

            @Override
            public void onError(Throwable t) {
                LOG.debug("event stream for a wait ended: {}", t.toString());
                signal.release();
            }
        };
        client.eventsCmd().withEventTypeFilter(types).exec(callback);
    }

    /** Waits until an event came (since the last call) or {@code max} passed; true when signalled. */
    boolean await(Duration max) throws InterruptedException {
        boolean got = signal.tryAcquire(Math.max(1, max.toMillis()), TimeUnit.MILLISECONDS);
        signal.drainPermits();
        return got;
    }

    @Override
    public void close() {
        try {
            callback.close();
        } catch (IOException | RuntimeException ignored) {
            // the stream is gone either way
        }
    }
}
