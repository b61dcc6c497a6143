package dev.gantry.adapter.api;

/** A container's healthcheck state; NONE when it has no healthcheck. */
public enum Health {
    NONE, STARTING, HEALTHY, UNHEALTHY;

    public static Health parse(String s) {
        if (s == null || s.isBlank()) {
            return NONE;
        }
        return switch (s.toLowerCase(java.util.Locale.ROOT)) {
            case "starting" -> STARTING;
            case "healthy" -> HEALTHY;
            case "unhealthy" -> UNHEALTHY;
            default -> NONE;
        };
    }
}
