package dev.gantry.ui.settings;

import java.util.List;

/**
 * Everything Gantry remembers between runs.
 *
 * @param theme "light" or "dark"
 */
public record AppSettings(int version, List<SavedEndpoint> endpoints, String theme, WindowState window) {

    public static final int CURRENT_VERSION = 1;

    public AppSettings {
        endpoints = endpoints == null ? List.of() : List.copyOf(endpoints);
        theme = theme == null ? "light" : theme;
        window = window == null ? WindowState.DEFAULT : window;
    }

    public static AppSettings defaults() {
        return new AppSettings(CURRENT_VERSION, List.of(), "light", WindowState.DEFAULT);
    }

    public AppSettings withEndpoints(List<SavedEndpoint> list) {
        return new AppSettings(version, list, theme, window);
    }

    public AppSettings withTheme(String t) {
        return new AppSettings(version, endpoints, t, window);
    }

    public AppSettings withWindow(WindowState w) {
        return new AppSettings(version, endpoints, theme, w);
    }
}
