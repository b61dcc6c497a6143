package dev.gantry.packaging;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the pom's version into the numeric one installers need. */
final class AppVersion {

    private static final Pattern NUMERIC = Pattern.compile("(\\d+)(\\.\\d+){0,2}");

    private AppVersion() {
    }

    /**
     * "0.1.0-SNAPSHOT" becomes "0.1.0". On macOS the bundle version may not start with 0
     * (jpackage refuses it), so a 0.y.z version becomes 1.y.z there.
     *
     * @throws IllegalArgumentException when the version does not start with a number
     */
    static String forInstaller(String pomVersion, OperatingSystem os) {
        Matcher m = NUMERIC.matcher(pomVersion);
        if (!m.lookingAt()) {
            throw new IllegalArgumentException("the project version '" + pomVersion
                    + "' does not start with numbers such as 1.2.3, which installers need");
        }
        String numeric = m.group();
        if (os == OperatingSystem.MAC && m.group(1).matches("0+")) {
            return "1" + numeric.substring(m.group(1).length());
        }
        return numeric;
    }
}
