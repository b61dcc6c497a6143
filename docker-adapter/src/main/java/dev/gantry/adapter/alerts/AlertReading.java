package dev.gantry.adapter.alerts;

import java.time.Instant;

/** One observed value of a metric for a subject. */
public record AlertReading(Instant time, AlertSubject subject, AlertMetric metric, double value) {
}
