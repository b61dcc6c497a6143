package dev.gantry.adapter.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One swarm service.
 *
 * @param stack           the com.docker.stack.namespace label, or null
 * @param mode            "replicated", "global", "replicated-job" or "global-job"
 * @param desiredReplicas for global services: the number of eligible nodes' tasks desired running
 * @param runningReplicas tasks whose state is running
 * @param updateStatus    null when the service was never updated
 * @param version         the spec's Version.Index, needed for updates
 */
public record ServiceInfo(
        String id,
        String name,
        String stack,
        String image,
        String mode,
        long desiredReplicas,
        long runningReplicas,
        List<PublishedPort> ports,
        UpdateStatus updateStatus,
        Map<String, String> labels,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public ServiceInfo {
        ports = List.copyOf(ports);
        labels = Map.copyOf(labels);
    }

    public boolean isGlobal() {
        return mode != null && mode.startsWith("global");
    }
}
