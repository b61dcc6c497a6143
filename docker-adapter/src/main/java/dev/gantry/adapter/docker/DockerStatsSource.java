package dev.gantry.adapter.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Statistics;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.transport.DockerHttpClient;
import dev.gantry.adapter.api.EndpointProfile;
import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.api.Subscription;
import dev.gantry.adapter.api.stats.ContainerStats;
import dev.gantry.adapter.api.stats.SamplingRate;
import dev.gantry.adapter.api.stats.StatsListener;
import dev.gantry.adapter.api.stats.StatsSource;
import dev.gantry.adapter.stats.RawStats;
import dev.gantry.adapter.stats.StatsCalculator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Samples watched containers. Default mode: one one-shot request (stream=false&amp;one-shot=true, API
 * 1.41+) per container per period, CPU % from our previous read. {@link Mode#STREAM} keeps one
 * streaming request per container instead (the engine pushes a sample every tick of its collector,
 * about a second); it exists to measure the two against each other (scripts/bench-stats.sh).
 *
 * <p>Why one-shot is the default (docs/benchmarks.md, 2026-12-06): per sample a stream costs dockerd
 * about a fifth less, but it cannot be slowed down. At the 2 s the charts ask for, one-shot requests
 * cost dockerd +4.9 % of a core for 100 containers against +5.9 % for streams that deliver more
 * samples than are used; at the alert rules' 15 s a stream would cost about nine times as much.
 *
 * <p>Why the requests do not block: dockerd answers a stats request only on its collector's next
 * tick (one second plus the time it takes to read every watched container), even a one-shot one,
 * so each request is held until then. Requests held at the same moment are all answered by the same
 * tick, so every watched container needs its own request in flight: with 64 threads and 72
 * connections, 100 containers once got at most 64 one-shot samples a tick. A blocking request holds
 * a thread for that second (200 containers: about 70 threads, +46 MB resident); {@link
 * StatsRequester} keeps them all in flight on one I/O thread, each on a connection of its own (not
 * the session's pool, which the event and log streams need). Answers are decoded and delivered on
 * the session's scheduler. Only an endpoint it cannot reach (npipe://) keeps the blocking requests,
 * one thread each, as do the streams of {@link Mode#STREAM}.
 */
final class DockerStatsSource implements StatsSource, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DockerStatsSource.class);

    enum Mode { ONE_SHOT, STREAM }

    /**
     * Connections of the stats' own pool: one per watched container (a held one-shot request or a
     * stream); made on demand. Beyond this many containers, requests wait for a free connection.
     */
    static final int MAX_CONNECTIONS = 4096;

    private final DockerClient client;
    private final EndpointProfile profile;
    private final ScheduledExecutorService scheduler;
    /** Null until first used; null for good when the endpoint needs the blocking requests. */
    private StatsRequester requester;
    private boolean requesterTried;
    /** Blocking requests, one thread each: only for endpoints the requester cannot reach. */
    private ThreadPoolExecutor requests;
    private DockerHttpClient statsTransport;
    private DockerClient statsClient;
    private final Map<String, Target> targets = new ConcurrentHashMap<>();
    private volatile Mode mode = Mode.ONE_SHOT;
    private volatile Duration normalPeriod = Duration.ofSeconds(2);
    private volatile Duration slowPeriod = Duration.ofSeconds(15);
    private volatile boolean closed;

    DockerStatsSource(DockerClient client, EndpointProfile profile, ScheduledExecutorService scheduler) {
        this.client = client;
        this.profile = profile;
        this.scheduler = scheduler;
    }

    /** The non-blocking requester, made on first use; null when the endpoint needs blocking requests. */
    private synchronized StatsRequester requester() {
        if (!requesterTried && !closed) {
            requesterTried = true;
            try {
                requester = StatsRequester.of(profile);
            } catch (RuntimeException e) {
                // e.g. TLS files that went bad since connecting: the blocking requests report it
                LOG.warn("Stats requests fall back to one thread each: {}", e.toString());
            }
        }
        return requester;
    }

    private synchronized ThreadPoolExecutor blockingRequests() {
        if (requests == null) {
            AtomicInteger n = new AtomicInteger();
            // No queue: one thread per request in flight, and a target has at most one (so as many
            // threads as watched containers); idle threads end after 20 s.
            requests = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 20, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
                Thread t = new Thread(r, "gantry-stats-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }
        return requests;
    }

    /** The stats' own transport and client, so that held requests never starve the session's pool. */
    private synchronized DockerClient statsClient() {
        if (statsClient == null) {
            statsTransport = DockerClients.transport(profile, null, MAX_CONNECTIONS);
            statsClient = DockerClients.client(profile, null, statsTransport);
        }
        return statsClient;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (requests != null) {
            requests.shutdownNow();
        }
        targets.values().forEach(Target::stop);
        targets.clear();
        if (requester != null) {
            requester.close();
        }
        DockerClients.closeQuietly(statsClient);
        DockerClients.closeQuietly(statsTransport);
    }

    void configure(Mode mode, Duration normal, Duration slow) {
        this.mode = mode;
        this.normalPeriod = normal;
        this.slowPeriod = slow;
    }

    @Override
    public ContainerStats sample(String containerIdOrName) {
        ContainerIdentity c = identify(containerIdOrName);
        String path = "/containers/" + c.id() + "/stats?stream=false";
        StatsRequester http = requester();
        RawStats s;
        if (http == null) {
            try {
                s = oneRequest(path, c.id());
            } catch (IOException | RuntimeException e) {
                throw EngineErrors.translate(profile, e);
            }
        } else {
            CompletableFuture<RawStats> answer = new CompletableFuture<>();
            http.get(path, new Answer(c.id(), Runnable::run, answer::complete, answer::completeExceptionally));
            try {
                s = answer.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw EngineErrors.translate(profile, e);
            } catch (ExecutionException e) {
                throw EngineErrors.translate(profile, e.getCause());
            }
        }
        return StatsCalculator.compute(c.id(), c.name(), s, null);
    }

    @Override
    public Subscription watch(String containerIdOrName, SamplingRate rate, StatsListener listener) {
        Watch w = new Watch(containerIdOrName, rate, listener);
        scheduler.execute(() -> start(w));
        return w;
    }

    @Override
    public void setRate(Subscription watch, SamplingRate rate) {
        if (watch instanceof Watch w) {
            w.rate = rate;
            Target t = w.target;
            if (t != null) {
                t.reschedule();
            }
        }
    }

    /**
     * On the scheduler: finds the watched container's id and name, then samples it. The inspect goes
     * through the session's transport, a few at a time (the scheduler's threads), and only Id and
     * Name are read from its answer: binding docker-java's whole inspect answer for every container
     * of a large engine allocated tens of MB at the start, and sending them all at once through the
     * stats requester opened a connection each.
     */
    private void start(Watch w) {
        ContainerIdentity c;
        try {
            c = identify(w.containerRef);
        } catch (EngineException e) {
            w.listener.onError(w.containerRef, e);
            return;
        }
        started(w, c);
    }

    private ContainerIdentity identify(String ref) {
        DockerHttpClient http = ((DockerClientImpl) client).getHttpClient();
        DockerHttpClient.Request req = DockerHttpClient.Request.builder()
                .method(DockerHttpClient.Request.Method.GET)
                .path("/containers/" + URLEncoder.encode(ref, StandardCharsets.UTF_8).replace("+", "%20") + "/json")
                .build();
        try (DockerHttpClient.Response resp = http.execute(req)) {
            if (resp.getStatusCode() >= 300) {
                throw inspectRefused(resp.getStatusCode(), resp.getBody().readAllBytes());
            }
            return ContainerIdentity.read(resp.getBody());
        } catch (IOException | RuntimeException e) {
            throw EngineErrors.translate(profile, e);
        }
    }

    private void started(Watch w, ContainerIdentity c) {
        if (w.closed) {
            return;
        }
        Target t = targets.computeIfAbsent(c.id(), id -> new Target(id, c.name()));
        w.target = t;
        t.add(w);
    }

    /** The same typed error docker-java's inspect gives for that answer, with the engine's own sentence. */
    private EngineException inspectRefused(int status, byte[] body) {
        return EngineErrors.translate(profile, RawApi.asDockerException(status, RawApi.errorMessage(body)));
    }

    /**
     * GET {@code path} (/containers/ID/stats?stream=false[&amp;one-shot=true]): one sample (one-shot:
     * without waiting for a second), decoded as it is read.
     */
    private RawStats oneRequest(String path, String id) throws IOException {
        DockerHttpClient http = ((DockerClientImpl) statsClient()).getHttpClient();
        DockerHttpClient.Request req = DockerHttpClient.Request.builder()
                .method(DockerHttpClient.Request.Method.GET)
                .path(path)
                .build();
        try (DockerHttpClient.Response resp = http.execute(req)) {
            if (resp.getStatusCode() >= 300) {
                throw refused(resp.getStatusCode(), id);
            }
            return StatsJsonDecoder.read(resp.getBody(), Instant.now());
        }
    }

    private EngineException refused(int status, String id) {
        if (status == 404) {
            return new EngineException(EngineException.Kind.NOT_FOUND, "The container " + id.substring(0, 12)
                    + " no longer exists on " + profile.host() + ".");
        }
        return new EngineException(EngineException.Kind.UNKNOWN, "The engine at " + profile.host()
                + " refused the stats of container " + id.substring(0, 12) + " (HTTP " + status + ").");
    }

    /**
     * The answer to one non-blocking stats request: decoded, then handed to {@code sample} or
     * {@code error} through {@code executor} (the I/O thread only hands over: decoding and listeners
     * run elsewhere).
     */
    private final class Answer implements FutureCallback<Message<HttpResponse, byte[]>> {
        private final String id;
        private final Executor executor;
        private final Consumer<RawStats> sample;
        private final Consumer<EngineException> error;

        Answer(String id, Executor executor, Consumer<RawStats> sample, Consumer<EngineException> error) {
            this.id = id;
            this.executor = executor;
            this.sample = sample;
            this.error = error;
        }

        @Override
        public void completed(Message<HttpResponse, byte[]> answer) {
            Instant arrived = Instant.now();
            hand(() -> {
                int status = answer.getHead().getCode();
                if (status >= 300) {
                    error.accept(refused(status, id));
                    return;
                }
                byte[] body = answer.getBody() == null ? new byte[0] : answer.getBody();
                RawStats raw;
                try {
                    raw = StatsJsonDecoder.read(new ByteArrayInputStream(body), arrived);
                } catch (IOException | RuntimeException e) {
                    error.accept(EngineErrors.translate(profile, e));
                    return;
                }
                sample.accept(raw);
            });
        }

        @Override
        public void failed(Exception e) {
            hand(() -> error.accept(EngineErrors.translate(profile, e)));
        }

        @Override
        public void cancelled() {
            hand(() -> error.accept(EngineErrors.translate(profile, new CancellationException("stats request cancelled"))));
        }

        private void hand(Runnable work) {
            try {
                executor.execute(work);
            } catch (RejectedExecutionException closing) {
                // the session is closing: nobody waits for this answer
            }
        }
    }

    /** One container sampled on behalf of one or more watches. */
    private final class Target {
        final String id;
        final String name;
        final String oneShotPath;
        final List<Watch> watches = new CopyOnWriteArrayList<>();
        RawStats previous;
        ScheduledFuture<?> task;
        final AtomicBoolean inFlight = new AtomicBoolean();
        /** A tick came while the last request was still held: the next one goes out as soon as it returns. */
        final AtomicBoolean owed = new AtomicBoolean();
        volatile boolean stopped;
        StreamCallback<Statistics> stream;
        Duration period;

        Target(String id, String name) {
            this.id = id;
            this.name = name;
            this.oneShotPath = "/containers/" + id + "/stats?stream=false&one-shot=true";
        }

        synchronized void add(Watch w) {
            watches.add(w);
            reschedule();
        }

        synchronized void remove(Watch w) {
            watches.remove(w);
            if (watches.isEmpty()) {
                stop();
                targets.remove(id, this);
            } else {
                reschedule();
            }
        }

        synchronized void reschedule() {
            if (watches.isEmpty()) {
                return;
            }
            if (mode == Mode.STREAM) {
                if (stream == null) {
                    stream = new StreamCallback<>(s -> deliver(StatsReadings.from(s, Instant.now())), this::streamEnded);
                    statsClient().statsCmd(id).exec(stream);
                }
                return;
            }
            boolean anyNormal = watches.stream().anyMatch(w -> w.rate == SamplingRate.NORMAL);
            Duration want = anyNormal ? normalPeriod : slowPeriod;
            if (want.equals(period) && task != null) {
                return;
            }
            if (task != null) {
                task.cancel(false);
            }
            period = want;
            task = scheduler.scheduleAtFixedRate(this::requestSample, anyNormal ? 0 : phase(want), want.toMillis(),
                    TimeUnit.MILLISECONDS);
        }

        /**
         * Where in the slow period this container's requests go. Slow watches (the alert rules' and the
         * stack rows' 15 s) all start together when a window opens on a large engine; at the same
         * offset every request of a round would be held at once, each on its own thread and
         * connection (200 containers: 200 threads, and a CPU burst every period). Spread over the
         * period, about period/tick of them are in flight at any time. Charts and visible rows
         * (normal rate) start at once: a person is waiting for their first figure.
         */
        private long phase(Duration p) {
            return Math.floorMod(id.hashCode() * 0x9E3779B1L, p.toMillis());
        }

        /** On the scheduler: hands one request to the request threads, unless the last is still held. */
        private void requestSample() {
            if (stopped) {
                return;
            }
            if (!inFlight.compareAndSet(false, true)) {
                owed.set(true);
                return;
            }
            submitRequest();
        }

        /** Sends this target's one request in flight: non-blocking, or on a thread of its own. */
        private void submitRequest() {
            if (closed) {
                inFlight.set(false);
                return;
            }
            StatsRequester http = requester();
            if (http == null) {
                submitBlockingRequest();
                return;
            }
            try {
                http.get(oneShotPath, new Answer(id, scheduler, raw -> answered(raw, null), e -> answered(null, e)));
            } catch (RuntimeException e) {
                // the requester is closed (the session is closing) or refused the request
                answered(null, EngineErrors.translate(profile, e));
            }
        }

        /** One answer, a sample or an error; then the request owed by a tick that came meanwhile, if any. */
        private void answered(RawStats raw, EngineException error) {
            try {
                if (!stopped) {
                    if (error != null) {
                        watches.forEach(w -> w.listener.onError(id, error));
                    } else {
                        deliver(raw);
                    }
                }
            } finally {
                boolean again = owed.getAndSet(false) && !stopped && !closed;
                if (again) {
                    submitRequest();
                } else {
                    inFlight.set(false);
                }
            }
        }

        private void submitBlockingRequest() {
            try {
                blockingRequests().execute(() -> {
                    RawStats raw = null;
                    EngineException error = null;
                    if (!stopped) {
                        try {
                            raw = oneRequest(oneShotPath, id);
                        } catch (IOException | RuntimeException e) {
                            error = EngineErrors.translate(profile, e);
                        }
                    }
                    answered(raw, error);
                });
            } catch (RejectedExecutionException closing) {
                inFlight.set(false);
            }
        }

        /** The engine ended the stream (the container stopped) or it failed: say so; a later watch starts anew. */
        private void streamEnded(Throwable error) {
            synchronized (this) {
                stream = null;
            }
            if (error != null && !stopped) {
                EngineException e = EngineErrors.translate(profile, error);
                watches.forEach(w -> w.listener.onError(id, e));
            }
        }

        void stop() {
            stopped = true;
            if (task != null) {
                task.cancel(false);
            }
            if (stream != null) {
                stream.close();
            }
        }

        private void deliver(RawStats raw) {
            ContainerStats s;
            synchronized (this) {
                s = StatsCalculator.compute(id, name, raw, previous);
                previous = raw;
            }
            for (Watch w : watches) {
                w.listener.onSample(s);
            }
        }
    }

    private final class Watch implements Subscription {
        final String containerRef;
        final StatsListener listener;
        volatile SamplingRate rate;
        volatile Target target;
        volatile boolean closed;

        Watch(String containerRef, SamplingRate rate, StatsListener listener) {
            this.containerRef = containerRef;
            this.rate = rate;
            this.listener = listener;
        }

        @Override
        public void close() {
            closed = true;
            Target t = target;
            if (t != null) {
                t.remove(this);
            }
        }
    }
}
