package dev.gantry.adapter.logs;

import dev.gantry.adapter.api.logs.LogLine;
import dev.gantry.adapter.api.logs.LogStreamKind;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Turns the frames of one container's log stream (requested with timestamps) into lines.
 *
 * <p>Without a TTY the engine sends one frame per message, each starting with its timestamp; a
 * message longer than the logging driver's buffer (16 KiB) comes as several frames, only the last
 * ending in a newline, so frames are joined until the newline. With a TTY the frames are raw
 * chunks cut anywhere, so lines (and their timestamps) are found in the joined bytes. Not
 * thread-safe: one assembler per stream reader.
 */
public final class LogLineAssembler {

    /** A line longer than this is emitted in pieces rather than held forever. */
    static final int MAX_PENDING_BYTES = 8 * 1024 * 1024;

    private final String source;
    private final Consumer<LogLine> out;
    private final Pending stdout = new Pending();
    private final Pending stderr = new Pending();
    private Instant lastTimestamp;

    public LogLineAssembler(String source, Consumer<LogLine> out) {
        this.source = source;
        this.out = out;
    }

    /** The newest timestamp seen, to resume a lost stream from. */
    public Instant lastTimestamp() {
        return lastTimestamp;
    }

    /**
     * Takes one frame.
     *
     * @param raw true for a TTY container's raw chunk (stream is then STDOUT)
     */
    public void frame(LogStreamKind stream, byte[] payload, boolean raw) {
        frame(stream, payload, 0, payload.length, raw);
    }

    /** Takes one frame held in {@code b[off, off + len)}; nothing of {@code b} is kept after the call. */
    public void frame(LogStreamKind stream, byte[] b, int off, int len, boolean raw) {
        Pending p = stream == LogStreamKind.STDERR ? stderr : stdout;
        int end = off + len;
        int pos = off;
        if (!raw) {
            int sp = LogTimestamps.prefixEnd(b, off, end);
            if (sp > 0) {
                Instant ts = LogTimestamps.parse(b, off, sp);
                if (ts != null) {
                    if (p.bytes.size() == 0) {
                        p.timestamp = ts;
                    }
                    pos = sp + 1;
                }
            }
            // the usual case: a whole line in one frame
            if (p.bytes.size() == 0 && end > pos && b[end - 1] == '\n' && indexOf(b, pos, end - 1) < 0) {
                emit(stream, p.timestamp, b, pos, end - 1 - pos);
                return;
            }
        }
        while (pos <= end) {
            int nl = indexOf(b, pos, end);
            if (nl < 0) {
                p.bytes.write(b, pos, end - pos);
                if (p.bytes.size() > MAX_PENDING_BYTES) {
                    flush(stream, p, raw);
                }
                return;
            }
            p.bytes.write(b, pos, nl - pos);
            flush(stream, p, raw);
            pos = nl + 1;
        }
    }

    /** Emits what is pending as a last (unterminated) line: call when the stream ends. */
    public void finish() {
        if (stdout.bytes.size() > 0) {
            flush(LogStreamKind.STDOUT, stdout, rawSeen);
        }
        if (stderr.bytes.size() > 0) {
            flush(LogStreamKind.STDERR, stderr, rawSeen);
        }
    }

    private boolean rawSeen;

    private void flush(LogStreamKind stream, Pending p, boolean raw) {
        rawSeen |= raw;
        byte[] b = p.bytes.toByteArray();
        p.bytes.reset();
        int from = 0;
        Instant ts = p.timestamp;
        if (raw) {
            int sp = LogTimestamps.prefixEnd(b, 0, b.length);
            if (sp > 0) {
                Instant parsed = LogTimestamps.parse(b, 0, sp);
                if (parsed != null) {
                    ts = parsed;
                    from = sp + 1;
                }
            }
        }
        emit(stream, ts, b, from, b.length - from);
    }

    private void emit(LogStreamKind stream, Instant ts, byte[] b, int from, int len) {
        if (len > 0 && b[from + len - 1] == '\r') {
            len--;
        }
        if (ts != null) {
            lastTimestamp = ts;
        }
        out.accept(new LogLine(ts, stream, source, new String(b, from, len, StandardCharsets.UTF_8)));
    }

    private static int indexOf(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static final class Pending {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Instant timestamp;
    }
}
