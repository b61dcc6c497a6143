package dev.gantry.adapter.api.logs;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of a log.
 *
 * @param timestamp when the engine received it (parsed from the RFC3339Nano prefix), or when Gantry
 *                  made a marker; null when the engine gave none
 * @param source    who wrote it: a container name, or "service.slot" for a replica
 * @param text      the line without its newline; may hold ANSI escape sequences
 */
public record LogLine(Instant timestamp, LogStreamKind stream, String source, String text) {

    public LogLine {
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
    }

    public static LogLine marker(Instant time, String source, String text) {
        return new LogLine(time, LogStreamKind.MARKER, source, text);
    }
}
