package dev.gantry.adapter.compose.model;

/**
 * One {@code depends_on} entry of a plain compose file (long form): what to wait for.
 *
 * @param condition "service_started", "service_healthy" or "service_completed_successfully"
 * @param restart   restart this service when the dependency is restarted
 * @param required  fail when the dependency is missing (default true)
 */
public record ServiceDependency(String condition, boolean restart, boolean required) {
    /** The short form {@code depends_on: [db]}. */
    public static final ServiceDependency STARTED = new ServiceDependency("service_started", false, true);
}
