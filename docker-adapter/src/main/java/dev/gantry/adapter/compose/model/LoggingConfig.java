package dev.gantry.adapter.compose.model;

import java.util.Map;

/** {@code logging:}. */
public record LoggingConfig(String driver, Map<String, String> options) {
    public LoggingConfig {
        options = Copies.map(options);
    }
}
