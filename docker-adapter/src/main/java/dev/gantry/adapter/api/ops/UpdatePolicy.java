package dev.gantry.adapter.api.ops;

import java.time.Duration;

/**
 * A service's update policy (the compose file's update_config). Null fields keep the service's
 * current value.
 *
 * @param parallelism     tasks updated at once; 0 means all at once
 * @param maxFailureRatio 0.0 to 1.0
 */
public record UpdatePolicy(Integer parallelism, Duration delay, Order order, FailureAction failureAction,
                           Duration monitor, Double maxFailureRatio) {

    public enum Order {
        STOP_FIRST("stop-first"), START_FIRST("start-first");

        private final String engineName;

        Order(String engineName) {
            this.engineName = engineName;
        }

        public String engineName() {
            return engineName;
        }
    }

    public enum FailureAction {
        PAUSE("pause"), CONTINUE("continue"), ROLLBACK("rollback");

        private final String engineName;

        FailureAction(String engineName) {
            this.engineName = engineName;
        }

        public String engineName() {
            return engineName;
        }
    }

    public UpdatePolicy {
        if (parallelism != null && parallelism < 0) {
            throw new IllegalArgumentException("Parallelism cannot be negative (" + parallelism + "): use 0 for all at once or more.");
        }
        if (delay != null && delay.isNegative()) {
            throw new IllegalArgumentException("The delay between updates cannot be negative.");
        }
        if (monitor != null && monitor.isNegative()) {
            throw new IllegalArgumentException("The monitor period cannot be negative.");
        }
        if (maxFailureRatio != null && (maxFailureRatio < 0 || maxFailureRatio > 1 || maxFailureRatio.isNaN())) {
            throw new IllegalArgumentException("The maximum failure ratio must be between 0 and 1, not " + maxFailureRatio + ".");
        }
    }
}
