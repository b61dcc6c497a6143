package dev.gantry.adapter.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.core.DockerClientImpl;
import dev.gantry.adapter.api.EndpointProfile;
import dev.gantry.adapter.api.logs.LogLine;
import dev.gantry.adapter.api.logs.LogRequest;
import dev.gantry.adapter.api.logs.LogStreamKind;
import dev.gantry.adapter.logs.LogLineAssembler;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One container's log stream. A followed stream that breaks while the container still runs is
 * reopened from the last timestamp seen (lines up to it skipped) after a back-off, and a marker
 * line marks the gap. Ends (calling {@code onEnd}) when the log is read through or the container
 * stops.
 *
 * <p>The log is read directly over the client's transport ({@link LogConnection}, {@link LogFrameReader})
 * rather than through docker-java's frame callback, and lines are handed over in batches: whatever
 * arrived before the reader would wait, at most {@link #MAX_BATCH} lines.
 */
final class ContainerLogStream {

    private static final Logger LOG = LoggerFactory.getLogger(ContainerLogStream.class);
    private static final long MAX_BACKOFF_MS = 10_000;
    static final int MAX_BATCH = 4096;

    private final DockerClient client;
    private final EndpointProfile profile;
    private final ScheduledExecutorService scheduler;
    private final String containerId;
    private final String source;
    private final boolean tty;
    private final LogRequest request;
    private final Consumer<List<LogLine>> sink;
    private final Runnable onEnd;
    private final LogLineAssembler assembler;
    private final LogFrameReader.Sink frames = new LogFrameReader.Sink() {
        @Override
        public void frame(LogStreamKind stream, byte[] buf, int off, int len) {
            assembler.frame(stream, buf, off, len, tty);
        }

        @Override
        public void caughtUp() {
            flushBatch();
        }
    };
    private List<LogLine> batch = new ArrayList<>();
    private volatile LogConnection current;
    private volatile boolean closed;
    private Instant resumeAfter;
    private long backoffMs = 500;

    ContainerLogStream(DockerClient client, EndpointProfile profile, ScheduledExecutorService scheduler,
                       InspectContainerResponse container, String source, LogRequest request,
                       Consumer<List<LogLine>> sink, Runnable onEnd) {
        this.client = client;
        this.profile = profile;
        this.scheduler = scheduler;
        this.containerId = container.getId();
        this.tty = Boolean.TRUE.equals(container.getConfig().getTty());
        this.source = source;
        this.request = request;
        this.sink = sink;
        this.onEnd = onEnd;
        this.assembler = new LogLineAssembler(source, this::deliver);
    }

    String containerId() {
        return containerId;
    }

    void open() {
        if (closed) {
            return;
        }
        LogConnection c = new LogConnection(((DockerClientImpl) client).getHttpClient(), path(), tty, frames,
                this::onStreamEnd, "gantry-logs-" + source);
        current = c;
        c.start();
    }

    /** GET /containers/ID/logs with the request's follow, tail and since (or resuming after the last line). */
    private String path() {
        StringBuilder p = new StringBuilder("/containers/").append(URLEncoder.encode(containerId, StandardCharsets.UTF_8))
                .append("/logs?stdout=1&stderr=1&timestamps=1&follow=").append(request.follow() ? 1 : 0);
        if (resumeAfter != null) {
            p.append("&since=").append(resumeAfter.getEpochSecond());
        } else {
            if (request.tail() != null) {
                p.append("&tail=").append(request.tail());
            }
            if (request.since() != null) {
                p.append("&since=").append(request.since().getEpochSecond());
            }
        }
        return p.toString();
    }

    private synchronized void deliver(LogLine line) {
        Instant skip = resumeAfter;
        if (skip != null && line.timestamp() != null && !line.timestamp().isAfter(skip)) {
            return; // already delivered before the stream was lost
        }
        batch.add(line);
        if (batch.size() >= MAX_BATCH) {
            flushBatch();
        }
    }

    private synchronized void flushBatch() {
        if (!batch.isEmpty()) {
            List<LogLine> out = batch;
            batch = new ArrayList<>();
            sink.accept(out);
        }
    }

    private void onStreamEnd(Throwable failure) {
        synchronized (this) {
            assembler.finish();
            flushBatch();
        }
        if (closed) {
            return;
        }
        if (!request.follow()) {
            onEnd.run();
            return;
        }
        boolean running;
        try {
            running = Boolean.TRUE.equals(client.inspectContainerCmd(containerId).exec().getState().getRunning());
        } catch (RuntimeException e) {
            running = false;
        }
        if (!running) {
            onEnd.run();
            return;
        }
        if (failure != null) {
            LOG.info("log stream of {} on {} lost ({}); reconnecting", source, profile.host(), failure.toString());
        }
        Instant last = assembler.lastTimestamp();
        resumeAfter = last != null ? last : resumeAfter;
        long delay = backoffMs;
        backoffMs = Math.min(MAX_BACKOFF_MS, backoffMs * 2);
        scheduler.schedule(() -> {
            if (!closed) {
                sink.accept(List.of(LogLine.marker(Instant.now(), source,
                        "--- log stream lost" + (last != null ? " after " + last : "")
                                + "; reconnected, lines in between may be missing ---")));
                open();
            }
        }, delay, TimeUnit.MILLISECONDS);
    }

    /** Simulates a lost connection (tests): closes the HTTP stream without closing this log stream. */
    void dropConnection() {
        LogConnection c = current;
        if (c != null) {
            c.close();
            onStreamEnd(new java.io.IOException("connection dropped"));
        }
    }

    void close() {
        closed = true;
        LogConnection c = current;
        if (c != null) {
            c.close();
        }
    }
}
