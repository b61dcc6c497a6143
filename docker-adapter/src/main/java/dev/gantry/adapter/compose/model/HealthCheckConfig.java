package dev.gantry.adapter.compose.model;

import java.time.Duration;
import java.util.List;

/**
 * {@code healthcheck:}. A string test is stored as ["CMD-SHELL", string]; null fields are not set.
 */
public record HealthCheckConfig(List<String> test, Duration timeout, Duration interval, Long retries,
                                Duration startPeriod, Duration startInterval, boolean disable) {
    public HealthCheckConfig {
        test = Copies.list(test);
    }
}
