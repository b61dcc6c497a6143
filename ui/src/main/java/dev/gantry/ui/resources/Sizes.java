package dev.gantry.ui.resources;

import java.util.Locale;

/** Byte counts as people read them: 512 B, 4.2 MB, 1.3 GB (decimal units, as the docker CLI). */
public final class Sizes {

    private Sizes() {
    }

    public static String format(Long bytes) {
        if (bytes == null || bytes < 0) {
            return "—";
        }
        if (bytes < 1000) {
            return bytes + " B";
        }
        String[] units = {"kB", "MB", "GB", "TB"};
        double v = bytes;
        int u = -1;
        while (v >= 1000 && u < units.length - 1) {
            v /= 1000;
            u++;
        }
        return String.format(Locale.ROOT, v < 10 ? "%.1f %s" : "%.0f %s", v, units[u]);
    }

    /** "3 containers: a, b, c" or "unused". */
    public static String usedBy(java.util.List<String> containers, java.util.List<String> services) {
        java.util.List<String> all = new java.util.ArrayList<>(services);
        all.addAll(containers);
        if (all.isEmpty()) {
            return "unused";
        }
        String names = String.join(", ", all.subList(0, Math.min(3, all.size())));
        return all.size() > 3 ? names + " +" + (all.size() - 3) : names;
    }
}
