package dev.gantry.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AppVersionTest {

    @Test
    void keepsANumericVersion() {
        assertEquals("0.1.0", AppVersion.forInstaller("0.1.0", OperatingSystem.LINUX));
        assertEquals("2.3.4", AppVersion.forInstaller("2.3.4", OperatingSystem.WINDOWS));
    }

    @Test
    void dropsTheQualifier() {
        assertEquals("1.2.0", AppVersion.forInstaller("1.2.0-SNAPSHOT", OperatingSystem.LINUX));
        assertEquals("1.2", AppVersion.forInstaller("1.2-rc1", OperatingSystem.WINDOWS));
    }

    @Test
    void onMacOsAVersionStartingWithZeroStartsWithOne() {
        assertEquals("1.1.0", AppVersion.forInstaller("0.1.0", OperatingSystem.MAC));
        assertEquals("2.0.1", AppVersion.forInstaller("2.0.1", OperatingSystem.MAC));
    }

    @Test
    void refusesAVersionWithoutNumbers() {
        var e = assertThrows(IllegalArgumentException.class, () -> AppVersion.forInstaller("next", OperatingSystem.LINUX));
        assertEquals("the project version 'next' does not start with numbers such as 1.2.3, which installers need",
                e.getMessage());
    }
}
