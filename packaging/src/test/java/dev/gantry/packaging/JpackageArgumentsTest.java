package dev.gantry.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class JpackageArgumentsTest {

    private static final AppMetadata APP = new AppMetadata("Gantry", "0.1.0", "A desktop manager", "Gantry",
            "Copyright", null, "dev.gantry.app.Main", "18da4fe0-923d-4602-b23f-8e66d6421bae",
            "dev.gantry.Gantry", "libgtk-3-0", "libgtk-3.so.0()(64bit)");

    private static List<String> installer(OperatingSystem os, String type) {
        return new JpackageArguments(APP, os, Path.of("gantry.icon"), Path.of("templates")).installer(type, Path.of("img"), Path.of("dest"));
    }

    /** The value that follows the option, or null when the option is absent. */
    private static String value(List<String> args, String option) {
        int i = args.indexOf(option);
        return i < 0 ? null : args.get(i + 1);
    }

    @Test
    void theAppImageRunsTheLauncherClassFromTheMainJarOnTheLinkedRuntime() {
        List<String> a = new JpackageArguments(APP, OperatingSystem.LINUX, Path.of("gantry.png"), null)
                .appImage(Path.of("in"), "gantry-app-0.1.0.jar", Path.of("rt"), Path.of("out"), null);
        assertEquals("app-image", value(a, "--type"));
        assertEquals("gantry-app-0.1.0.jar", value(a, "--main-jar"));
        assertEquals("dev.gantry.app.Main", value(a, "--main-class"));
        assertEquals("rt", value(a, "--runtime-image"));
        assertEquals("0.1.0", value(a, "--app-version"));
        assertEquals("gantry.png", value(a, "--icon"));
    }

    @Test
    void theLaunchersRunWithTheLeanJvmOptionsOfTheGantryScript() throws Exception {
        List<String> a = new JpackageArguments(APP, OperatingSystem.LINUX, null, null)
                .appImage(Path.of("in"), "app.jar", Path.of("rt"), Path.of("out"), null);
        List<String> given = new java.util.ArrayList<>();
        for (int i = 0; i < a.size() - 1; i++) {
            if (a.get(i).equals("--java-options")) {
                given.add(a.get(i + 1));
            }
        }
        assertEquals(JpackageArguments.LEAN_JVM_OPTIONS, given);
        String script = java.nio.file.Files.readString(Path.of("..", "gantry"));
        for (String option : given) {
            assertTrue(script.contains(option), "./gantry runs with " + option + " too");
        }
    }

    @Test
    void theDebHasAMenuEntryAndDependsOnGtk() {
        List<String> a = installer(OperatingSystem.LINUX, "deb");
        assertEquals("gantry", value(a, "--linux-package-name"));
        assertTrue(a.contains("--linux-shortcut"));
        assertEquals("Development;", value(a, "--linux-menu-group"));
        assertEquals("libgtk-3-0", value(a, "--linux-package-deps"));
        assertEquals("img", value(a, "--app-image"));
        assertEquals("templates", value(a, "--resource-dir"));
    }

    @Test
    void theRpmRequiresGtkByItsLibraryNotByADebianPackageName() {
        List<String> a = installer(OperatingSystem.LINUX, "rpm");
        assertEquals("libgtk-3.so.0()(64bit)", value(a, "--linux-package-deps"));
        assertEquals("Development/Tools", value(a, "--linux-app-category"));
        assertTrue(a.contains("--linux-shortcut"));
    }

    @Test
    void theMsiHasAStartMenuEntryAndTheFixedUpgradeCode() {
        List<String> a = installer(OperatingSystem.WINDOWS, "msi");
        assertTrue(a.contains("--win-menu"));
        assertEquals("Gantry", value(a, "--win-menu-group"));
        assertEquals("18da4fe0-923d-4602-b23f-8e66d6421bae", value(a, "--win-upgrade-uuid"));
        assertFalse(a.contains("--linux-shortcut"));
    }

    @Test
    void windowsAppImageAddsAConsoleLauncher() {
        List<String> a = new JpackageArguments(APP, OperatingSystem.WINDOWS, Path.of("gantry.ico"), null)
                .appImage(Path.of("in"), "app.jar", Path.of("rt"), Path.of("out"), Path.of("cli.properties"));
        assertEquals("gantry-cli=cli.properties", value(a, "--add-launcher"));
    }

    @Test
    void macPackagesCarryTheBundleId() {
        for (String type : List.of("dmg", "pkg")) {
            List<String> a = installer(OperatingSystem.MAC, type);
            assertEquals("dev.gantry.Gantry", value(a, "--mac-package-identifier"));
        }
        List<String> image = new JpackageArguments(APP, OperatingSystem.MAC, Path.of("gantry.icns"), null)
                .appImage(Path.of("in"), "app.jar", Path.of("rt"), Path.of("out"), null);
        assertEquals("dev.gantry.Gantry", value(image, "--mac-package-identifier"));
    }

    @Test
    void refusesAnInstallerTypeOfAnotherSystem() {
        var e = assertThrows(IllegalArgumentException.class, () -> installer(OperatingSystem.LINUX, "msi"));
        assertEquals("jpackage cannot build a 'msi' installer on LINUX", e.getMessage());
    }

    @Test
    void everyOptionHasAValue() {
        List<String> a = installer(OperatingSystem.LINUX, "deb");
        List<String> flags = List.of("--linux-shortcut");
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).startsWith("--") && !flags.contains(a.get(i))) {
                assertFalse(a.get(i + 1).startsWith("--"), a.get(i) + " has no value in " + a);
            }
        }
        assertEquals(0, Collections.frequency(a, null));
    }
}
