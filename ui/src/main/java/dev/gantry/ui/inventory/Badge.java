package dev.gantry.ui.inventory;

import java.util.Locale;

/** The coloured state shown for a row; ordered from calm to alarming so the worst child wins. */
public enum Badge {
    NONE(0, "neutral"),
    SHUTDOWN(1, "muted"),
    COMPLETE(1, "muted"),
    RUNNING(2, "success"),
    HEALTHY(2, "success"),
    PAUSED(3, "warning"),
    STARTING(4, "accent"),
    UNHEALTHY(6, "danger"),
    REJECTED(7, "danger"),
    FAILED(7, "danger");

    private final int severity;
    private final String tone;

    Badge(int severity, String tone) {
        this.severity = severity;
        this.tone = tone;
    }

    public int severity() {
        return severity;
    }

    /** Style suffix: success, accent, warning, danger, muted or neutral. */
    public String tone() {
        return tone;
    }

    public String label() {
        return this == NONE ? "" : name().toLowerCase(Locale.ROOT);
    }

    public boolean isProblem() {
        return severity >= 6;
    }

    public static Badge worst(Badge a, Badge b) {
        return b.severity > a.severity ? b : a;
    }
}
