package dev.gantry.adapter.compose.model;

import java.util.Map;

/**
 * A top-level volume. {@code clusterSpec} is the {@code x-cluster-spec} section of a CSI cluster
 * volume as a plain YAML tree (normalised sizes as strings of bytes), or null.
 */
public record VolumeConfig(String name, String driver, Map<String, String> driverOpts, boolean external,
                           Map<String, String> labels, Map<String, Object> extensions,
                           Map<String, Object> clusterSpec) {
    public VolumeConfig {
        driverOpts = Copies.map(driverOpts);
        labels = Copies.map(labels);
        extensions = Copies.map(extensions);
        clusterSpec = clusterSpec == null ? null : Copies.map(clusterSpec);
    }
}
