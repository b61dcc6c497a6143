package dev.gantry.adapter.api;

import java.time.Instant;

/** A service's UpdateStatus: state is updating, paused, completed, rollback_started, ... */
public record UpdateStatus(String state, String message, Instant startedAt, Instant completedAt) {
}
