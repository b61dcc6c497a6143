package dev.gantry.packaging;

import java.util.List;
import java.util.Locale;

/** What differs between the systems jpackage builds for. */
enum OperatingSystem {
    LINUX("png", "lib", List.of(".so"), List.of("app-image", "deb", "rpm")),
    WINDOWS("ico", "bin", List.of(".dll"), List.of("app-image", "msi", "exe")),
    MAC("icns", "lib", List.of(".dylib"), List.of("app-image", "dmg", "pkg"));

    private final String iconExtension;
    private final String nativeLibraryDir;
    private final List<String> nativeLibrarySuffixes;
    private final List<String> packageTypes;

    OperatingSystem(String iconExtension, String nativeLibraryDir, List<String> nativeLibrarySuffixes,
            List<String> packageTypes) {
        this.iconExtension = iconExtension;
        this.nativeLibraryDir = nativeLibraryDir;
        this.nativeLibrarySuffixes = nativeLibrarySuffixes;
        this.packageTypes = packageTypes;
    }

    static OperatingSystem current() {
        return of(System.getProperty("os.name", ""));
    }

    static OperatingSystem of(String osName) {
        String name = osName.toLowerCase(Locale.ROOT);
        if (name.startsWith("windows")) {
            return WINDOWS;
        }
        if (name.startsWith("mac")) {
            return MAC;
        }
        return LINUX;
    }

    /** The icon format jpackage takes on this system. */
    String iconExtension() {
        return iconExtension;
    }

    /** Where a runtime image keeps native libraries: the JDK looks there before anything else. */
    String nativeLibraryDir() {
        return nativeLibraryDir;
    }

    boolean isNativeLibrary(String fileName) {
        return nativeLibrarySuffixes.stream().anyMatch(fileName::endsWith);
    }

    boolean supports(String packageType) {
        return packageTypes.contains(packageType);
    }
}
