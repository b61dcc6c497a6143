package dev.gantry.app.settings;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Gantry keeps its settings: GANTRY_CONFIG_DIR when set (tests), else the platform's place:
 * $XDG_CONFIG_HOME/gantry or ~/.config/gantry on Linux, %APPDATA%\Gantry on Windows,
 * ~/Library/Application Support/Gantry on macOS.
 */
public final class ConfigDirectory {

    private ConfigDirectory() {
    }

    public static Path resolve(Map<String, String> env, String osName, Path home) {
        String override = env.get("GANTRY_CONFIG_DIR");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData == null || appData.isBlank() ? home.resolve("AppData").resolve("Roaming") : Path.of(appData);
            return base.resolve("Gantry");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Gantry");
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base = xdg == null || xdg.isBlank() ? home.resolve(".config") : Path.of(xdg);
        return base.resolve("gantry");
    }

    public static Path ofThisProcess() {
        return resolve(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }
}
