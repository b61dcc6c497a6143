package dev.gantry.ui.operations;

import java.util.Locale;

/** Byte counts for people: 0 B, 12.3 kB, 4.5 MB (decimal units, as the docker CLI prints them). */
final class Sizes {

    private Sizes() {
    }

    static String human(long bytes) {
        if (bytes < 0) {
            return "–";
        }
        if (bytes < 1000) {
            return bytes + " B";
        }
        String[] units = {"kB", "MB", "GB", "TB"};
        double v = bytes;
        int i = -1;
        while (v >= 1000 && i < units.length - 1) {
            v /= 1000;
            i++;
        }
        return String.format(Locale.ROOT, "%.1f %s", v, units[i]);
    }
}
