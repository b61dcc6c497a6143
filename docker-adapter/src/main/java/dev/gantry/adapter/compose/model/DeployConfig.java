package dev.gantry.adapter.compose.model;

import java.util.Map;

/**
 * {@code deploy:}.
 *
 * @param mode     "replicated", "global", "replicated-job", "global-job", or null when not set
 * @param replicas null when not set
 * @param updateConfig   null when not set
 * @param rollbackConfig null when not set
 * @param restartPolicy  null when not set
 */
public record DeployConfig(String mode, Long replicas, Map<String, String> labels,
                           UpdateConfig updateConfig, UpdateConfig rollbackConfig, Resources resources,
                           RestartPolicy restartPolicy, Placement placement, String endpointMode) {

    public static final DeployConfig EMPTY =
            new DeployConfig(null, null, Map.of(), null, null, null, null, null, null);

    public DeployConfig {
        labels = Copies.map(labels);
        resources = resources == null ? Resources.EMPTY : resources;
        placement = placement == null ? Placement.EMPTY : placement;
    }
}
