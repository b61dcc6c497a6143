package dev.gantry.adapter.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One volume.
 *
 * @param sizeBytes  the space used, or null when the engine did not compute it (non-local drivers)
 * @param createdAt  null when the engine does not say
 * @param containers names of the containers (running or not) that mount it
 */
public record VolumeInfo(String name, String driver, String mountpoint, String scope, Instant createdAt,
                         Long sizeBytes, Map<String, String> labels, List<String> containers) {

    public VolumeInfo {
        labels = Map.copyOf(labels);
        containers = List.copyOf(containers);
    }

    public boolean inUse() {
        return !containers.isEmpty();
    }
}
