package dev.gantry.adapter.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.command.LogContainerCmd;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import dev.gantry.adapter.api.EndpointProfile;
import dev.gantry.adapter.api.logs.LogLine;
import dev.gantry.adapter.api.logs.LogRequest;
import dev.gantry.adapter.api.logs.LogStreamKind;
import dev.gantry.adapter.logs.LogLineAssembler;
import java.time.Instant;
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
 */
final class ContainerLogStream {

    private static final Logger LOG = LoggerFactory.getLogger(ContainerLogStream.class);
    private static final long MAX_BACKOFF_MS = 10_000;

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
    private volatile StreamCallback<Frame> current;
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
        LogContainerCmd cmd = client.logContainerCmd(containerId)
                .withStdOut(true).withStdErr(true).withTimestamps(true)
                .withFollowStream(request.follow());
        if (resumeAfter != null) {
            cmd.withSince((int) resumeAfter.getEpochSecond());
        } else {
            if (request.tail() != null) {
                cmd.withTail(request.tail());
            }
            if (request.since() != null) {
                cmd.withSince((int) request.since().getEpochSecond());
            }
        }
        StreamCallback<Frame> callback = new StreamCallback<>(this::onFrame, this::onStreamEnd);
        current = callback;
        try {
            cmd.exec(callback);
        } catch (RuntimeException e) {
            onStreamEnd(e);
        }
    }

    private void onFrame(Frame frame) {
        StreamType t = frame.getStreamType();
        if (t == StreamType.STDIN) {
            return;
        }
        boolean raw = t == StreamType.RAW || tty;
        assembler.frame(t == StreamType.STDERR ? LogStreamKind.STDERR : LogStreamKind.STDOUT, frame.getPayload(), raw);
    }

    private void deliver(LogLine line) {
        Instant skip = resumeAfter;
        if (skip != null && line.timestamp() != null && !line.timestamp().isAfter(skip)) {
            return; // already delivered before the stream was lost
        }
        sink.accept(List.of(line));
    }

    private void onStreamEnd(Throwable failure) {
        assembler.finish();
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
        StreamCallback<Frame> c = current;
        if (c != null) {
            c.close();
            onStreamEnd(new java.io.IOException("connection dropped"));
        }
    }

    void close() {
        closed = true;
        StreamCallback<Frame> c = current;
        if (c != null) {
            c.close();
        }
    }
}
