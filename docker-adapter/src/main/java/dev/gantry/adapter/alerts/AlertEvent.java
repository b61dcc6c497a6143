package dev.gantry.adapter.alerts;

import java.time.Instant;

/** A rule firing for a subject, or resolving. */
public record AlertEvent(Instant time, Kind kind, AlertRule rule, AlertSubject subject, double value, String message) {

    public enum Kind { FIRED, RESOLVED }
}
