package dev.gantry.adapter.compose.model;

import java.time.Duration;

/** {@code update_config:} and {@code rollback_config:}. Null or zero fields are "not set". */
public record UpdateConfig(Long parallelism, Duration delay, String failureAction, Duration monitor,
                           double maxFailureRatio, String order) {
}
