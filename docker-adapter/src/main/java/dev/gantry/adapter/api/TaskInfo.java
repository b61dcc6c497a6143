package dev.gantry.adapter.api;

import java.time.Instant;

/**
 * One replica (task) of a service.
 *
 * @param slot       the replica slot; 0 for global services' tasks
 * @param state      the task's current state: new, pending, assigned, preparing, starting,
 *                   running, complete, failed, shutdown, rejected, orphaned, remove
 * @param error      the task's error (why it failed), or null
 * @param exitCode   the container's exit code when known, or null
 * @param health     the container's health where it has a healthcheck and runs on this node
 */
public record TaskInfo(
        String id,
        String serviceId,
        String serviceName,
        int slot,
        String nodeId,
        String nodeHostname,
        String image,
        String state,
        String desiredState,
        String message,
        String error,
        Integer exitCode,
        String containerId,
        Instant createdAt,
        Instant updatedAt,
        Health health) {

    public boolean isRunning() {
        return "running".equals(state);
    }

    /**
     * The orchestrator still wants this task (desired state running, ready, accepted or, for jobs,
     * complete). Tasks it replaced stay in the engine's history with desired state shutdown or remove.
     */
    public boolean isCurrent() {
        return desiredState != null && !"shutdown".equals(desiredState) && !"remove".equals(desiredState);
    }
}
