package dev.gantry.adapter.compose.model;

import java.util.Map;

/**
 * A top-level secret or config. {@code file} is absolute when set; for an external object
 * {@code name} is its real name.
 */
public record FileObjectConfig(String name, String file, boolean external, Map<String, String> labels,
                               String driver, Map<String, String> driverOpts, String templateDriver,
                               Map<String, Object> extensions) {
    public FileObjectConfig {
        labels = Copies.map(labels);
        driverOpts = Copies.map(driverOpts);
        extensions = Copies.map(extensions);
    }
}
