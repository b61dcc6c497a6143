package dev.gantry.adapter.compose.model;

/**
 * {@code deploy.resources.limits:}.
 *
 * @param cpus        as written (e.g. "0.5"), null when not set
 * @param memoryBytes 0 when not set
 * @param pids        0 when not set
 */
public record ResourceLimit(String cpus, long memoryBytes, long pids) {
}
