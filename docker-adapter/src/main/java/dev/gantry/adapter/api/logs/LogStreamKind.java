package dev.gantry.adapter.api.logs;

/** Where a log line came from: the container's stdout or stderr, or Gantry itself (gap and drop markers). */
public enum LogStreamKind {
    STDOUT, STDERR, MARKER
}
