package dev.gantry.adapter.api.ops;

import java.util.Locale;

/** A swarm node's availability. */
public enum NodeAvailability {
    ACTIVE, PAUSE, DRAIN;

    public String engineName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static NodeAvailability parse(String s) {
        return valueOf(s.strip().toUpperCase(Locale.ROOT));
    }
}
