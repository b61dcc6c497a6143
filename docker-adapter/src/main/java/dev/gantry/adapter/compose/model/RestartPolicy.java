package dev.gantry.adapter.compose.model;

import java.time.Duration;

/** {@code deploy.restart_policy:}; null fields are not set. */
public record RestartPolicy(String condition, Duration delay, Long maxAttempts, Duration window) {
}
