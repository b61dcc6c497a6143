package dev.gantry.adapter.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Event;
import dev.gantry.adapter.api.EndpointProfile;
import dev.gantry.adapter.api.EngineEvent;
import dev.gantry.adapter.api.EngineEventListener;
import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.api.Subscription;
import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A live subscription to an engine's events that outlives the engine going away.
 *
 * <p>One thread of its own opens the engine's event stream, calls the listener (resync once the
 * stream is open, then each event, in order), and when the stream ends or cannot be opened reports
 * the loss and tries again after an exponential back-off. Every listener call happens on that one
 * thread. Missed events are not replayed: a resync tells the consumer to reload instead.
 */
final class EventStream implements Subscription {

    private static final Logger LOG = LoggerFactory.getLogger(EventStream.class);
    private static final AtomicInteger COUNT = new AtomicInteger();
    /** A connection that held this long counts as healthy: the back-off starts over. */
    static final Duration HEALTHY_AFTER = Duration.ofSeconds(5);
    private static final long CLOSE_WAIT_MILLIS = 3_000;

    private final DockerClient client;
    private final EndpointProfile profile;
    private final EngineEventListener listener;
    private final Backoff backoff;
    private final Thread thread;
    private final CountDownLatch closing = new CountDownLatch(1);
    private volatile boolean closed;
    private volatile Attempt current;

    private EventStream(DockerClient client, EndpointProfile profile, EngineEventListener listener, Backoff backoff) {
        this.client = client;
        this.profile = profile;
        this.listener = listener;
        this.backoff = backoff;
        this.thread = new Thread(this::run, "gantry-events-" + COUNT.incrementAndGet() + "-" + profile.name());
        thread.setDaemon(true);
    }

    static EventStream start(DockerClient client, EndpointProfile profile, EngineEventListener listener) {
        return start(client, profile, listener, new Backoff());
    }

    static EventStream start(DockerClient client, EndpointProfile profile, EngineEventListener listener, Backoff backoff) {
        EventStream s = new EventStream(client, profile, listener, backoff);
        s.thread.start();
        return s;
    }

    /** The subscription's own thread, for tests that check it ends. */
    Thread thread() {
        return thread;
    }

    private void run() {
        try {
            while (!closed) {
                Attempt attempt = new Attempt();
                current = attempt;
                if (closed) {
                    break;
                }
                try {
                    client.eventsCmd().exec(attempt);
                } catch (RuntimeException e) {
                    attempt.onError(e);
                }
                long openedAt = deliver(attempt);
                if (closed) {
                    break;
                }
                if (openedAt != 0 && System.nanoTime() - openedAt >= HEALTHY_AFTER.toNanos()) {
                    backoff.reset();
                }
                Duration retryIn = backoff.next();
                EngineException reason = reason(attempt.error);
                LOG.debug("event stream of {} lost ({}); retrying in {} ms", profile.host(), reason.getMessage(),
                        retryIn.toMillis());
                safely(() -> listener.onConnectionLost(reason, retryIn));
                if (closing.await(retryIn.toMillis(), TimeUnit.MILLISECONDS)) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            LOG.error("event subscription to {} stopped unexpectedly", profile.host(), e);
        } finally {
            Attempt a = current;
            if (a != null) {
                a.close();
            }
        }
    }

    /**
     * Hands the attempt's signals to the listener until its stream ends.
     *
     * @return System.nanoTime() when the stream opened, or 0 when it never did
     */
    private long deliver(Attempt attempt) throws InterruptedException {
        long openedAt = 0;
        while (true) {
            Object signal = attempt.signals.take();
            if (signal == Attempt.ENDED || closed) {
                return openedAt;
            }
            if (signal == Attempt.OPENED) {
                openedAt = System.nanoTime();
                safely(listener::onResync);
            } else if (signal instanceof EngineEvent event) {
                safely(() -> listener.onEvent(event));
            }
        }
    }

    private EngineException reason(Throwable error) {
        if (error == null) {
            return new EngineException(EngineException.Kind.CONNECTION_LOST,
                    "The engine at " + profile.host() + " ended its event stream.");
        }
        return error instanceof EngineException ee ? ee : EngineErrors.translate(profile, error);
    }

    private void safely(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.warn("event listener of {} failed; ignored", profile.host(), e);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        closing.countDown();
        Attempt a = current;
        if (a != null) {
            a.close();
        }
        if (Thread.currentThread() != thread) {
            try {
                thread.join(CLOSE_WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** One try at the stream: docker-java's callbacks, turned into signals for the subscription thread. */
    private static final class Attempt implements ResultCallback<Event> {

        static final Object OPENED = new Object();
        static final Object ENDED = new Object();

        final BlockingQueue<Object> signals = new LinkedBlockingQueue<>();
        private Closeable stream;
        private boolean closed;
        private boolean ended;
        volatile Throwable error;

        @Override
        public void onStart(Closeable stream) {
            boolean alreadyClosed;
            synchronized (this) {
                this.stream = stream;
                alreadyClosed = closed;
            }
            if (alreadyClosed) {
                closeQuietly(stream);
            } else {
                signals.add(OPENED);
            }
        }

        @Override
        public void onNext(Event event) {
            signals.add(EventMapper.map(event));
        }

        @Override
        public void onError(Throwable throwable) {
            synchronized (this) {
                if (ended || closed) {
                    return;
                }
                error = throwable;
            }
            end();
        }

        @Override
        public void onComplete() {
            end();
        }

        private void end() {
            Closeable s;
            synchronized (this) {
                if (ended) {
                    return;
                }
                ended = true;
                s = stream;
            }
            closeQuietly(s);
            signals.add(ENDED);
        }

        @Override
        public void close() {
            synchronized (this) {
                closed = true;
            }
            end();
        }

        private static void closeQuietly(Closeable c) {
            if (c == null) {
                return;
            }
            try {
                c.close();
            } catch (IOException | RuntimeException ignored) {
                // the stream is being abandoned: a failure to close it changes nothing
            }
        }
    }
}
