package dev.gantry.app.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigDirectoryTest {

    private final Path home = Path.of("/home/ann");

    @Test
    void overrideWins() {
        assertEquals(Path.of("/tmp/cfg"), ConfigDirectory.resolve(Map.of("GANTRY_CONFIG_DIR", "/tmp/cfg",
                "XDG_CONFIG_HOME", "/x"), "Linux", home));
    }

    @Test
    void linuxUsesXdgOrDotConfig() {
        assertEquals(Path.of("/x/gantry"), ConfigDirectory.resolve(Map.of("XDG_CONFIG_HOME", "/x"), "Linux", home));
        assertEquals(home.resolve(".config/gantry"), ConfigDirectory.resolve(Map.of(), "Linux", home));
    }

    @Test
    void windowsUsesAppData() {
        assertEquals(Path.of("C:/Users/ann/AppData/Roaming").resolve("Gantry"),
                ConfigDirectory.resolve(Map.of("APPDATA", "C:/Users/ann/AppData/Roaming"), "Windows 11", home));
    }

    @Test
    void macUsesApplicationSupport() {
        assertEquals(home.resolve("Library/Application Support/Gantry"), ConfigDirectory.resolve(Map.of(), "Mac OS X", home));
    }
}
