package dev.gantry.adapter.api.logs;

import java.time.Instant;

/**
 * What part of a log to read.
 *
 * @param follow keep the stream open for new lines
 * @param tail   only the last N lines of each container, or null for all
 * @param since  only lines from this time on (second precision, as the engine takes it), or null
 */
public record LogRequest(boolean follow, Integer tail, Instant since) {

    public LogRequest {
        if (tail != null && tail < 0) {
            throw new IllegalArgumentException("Tail must be 0 or more lines, not " + tail + ".");
        }
    }

    public static LogRequest followTail(int tail) {
        return new LogRequest(true, tail, null);
    }

    public static LogRequest all() {
        return new LogRequest(false, null, null);
    }
}
