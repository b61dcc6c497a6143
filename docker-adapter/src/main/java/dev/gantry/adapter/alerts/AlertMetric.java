package dev.gantry.adapter.alerts;

/** What a rule watches. */
public enum AlertMetric {
    /** CPU % as the docker CLI shows it (100 = one core). */
    CPU_PERCENT("CPU", "%"),
    /** Memory used (cache excluded) as a % of the limit. */
    MEMORY_PERCENT("Memory", "% of limit"),
    /** Memory used in bytes. */
    MEMORY_BYTES("Memory", " bytes"),
    /** How often the container was restarted. */
    RESTART_COUNT("Restarts", ""),
    /** 1 when the container's healthcheck says unhealthy, else 0. */
    HEALTH_STATUS("Unhealthy", ""),
    /** Desired replicas minus running ones (a service subject). */
    RUNNING_BELOW_DESIRED("Missing replicas", "");

    private final String label;
    private final String unit;

    AlertMetric(String label, String unit) {
        this.label = label;
        this.unit = unit;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    /** Whether readings of this metric are about services (else containers). */
    public boolean aboutServices() {
        return this == RUNNING_BELOW_DESIRED;
    }
}
