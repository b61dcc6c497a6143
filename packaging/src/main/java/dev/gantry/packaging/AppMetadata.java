package dev.gantry.packaging;

import java.util.Objects;

/**
 * What the installers say about the app; all of it comes from the pom.
 *
 * @param version        the numeric installer version (see {@link AppVersion})
 * @param winUpgradeUuid fixed for the life of the product: Windows upgrades an install with the same one
 * @param macBundleId    the macOS bundle identifier, e.g. dev.gantry.Gantry
 * @param linuxDeps      extra Debian/RPM dependencies the automatic detection misses
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
        String linuxDeps) {

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
