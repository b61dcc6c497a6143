package dev.gantry.ui.inventory;

import java.time.Duration;
import java.time.Instant;

/** Compact ages for a dense table: 45s, 12m, 3h, 5d, 7w, 2y. */
public final class Ages {

    private Ages() {
    }

    public static String format(Instant created, Instant now) {
        if (created == null || created.equals(Instant.EPOCH)) {
            return "";
        }
        long s = Math.max(0, Duration.between(created, now).getSeconds());
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return s / 60 + "m";
        }
        if (s < 86_400) {
            return s / 3600 + "h";
        }
        if (s < 14 * 86_400) {
            return s / 86_400 + "d";
        }
        if (s < 365 * 86_400) {
            return s / (7 * 86_400) + "w";
        }
        return s / (365 * 86_400) + "y";
    }
}
