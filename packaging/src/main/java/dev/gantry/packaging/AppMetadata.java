package dev.gantry.packaging;

import java.util.Objects;

/**
 * What the installers say about the app; all of it comes from the pom.
 *
 * @param version        the numeric installer version (see {@link AppVersion})
 * @param winUpgradeUuid fixed for the life of the product: Windows upgrades an install with the same one
 * @param macBundleId    the macOS bundle identifier, e.g. dev.gantry.Gantry
 * @param linuxDeps      extra Depends of the .deb that jpackage's detection misses
 * @param rpmDeps        Requires of the .rpm: jpackage turns rpmbuild's own detection off and
 *                       finds nothing itself when it builds on a Debian machine
 */
record AppMetadata(
        String name,
        String version,
        String description,
        String vendor,
        String copyright,
        String aboutUrl,
        String mainClass,
        String winUpgradeUuid,
        String macBundleId,
        String linuxDeps,
        String rpmDeps) {

    AppMetadata {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(mainClass, "mainClass");
    }

    /** The Linux package name: lower case, as Debian requires. */
    String packageName() {
        return name.toLowerCase(java.util.Locale.ROOT);
    }
}
