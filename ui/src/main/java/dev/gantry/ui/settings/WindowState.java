package dev.gantry.ui.settings;

/** Where the main window was and how the panes were split, restored at the next start. */
public record WindowState(double x, double y, double width, double height, boolean maximized,
                          double sidebarDivider, double detailDivider) {

    public static final WindowState DEFAULT = new WindowState(Double.NaN, Double.NaN, 1440, 900, false, 0.16, 0.70);
}
