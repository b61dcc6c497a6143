package dev.gantry.packaging;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The jpackage command lines, per system. Pure: builds arguments, runs nothing. */
final class JpackageArguments {

    /**
     * The launchers' JVM options: the same lean set as {@code ./gantry} (docs/benchmarks.md, "Main
     * window"): C1 only, the serial collector, a heap that starts at 64 MB (the start needs no full
     * collection) and gives memory back down to 24 MB, a young generation of at most 12 MB (its eden
     * is all resident between collections), native heap trimmed, at most 64 KB of cached
     * direct buffer per thread for socket reads.
     */
    static final List<String> LEAN_JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:MinHeapSize=24m",
            "-XX:InitialHeapSize=64m", "-XX:MaxNewSize=12m",
            "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30", "-XX:+IgnoreUnrecognizedVMOptions",
            "-XX:TrimNativeHeapInterval=5000", "-Djdk.nio.maxCachedBufferSize=65536");

    private final AppMetadata app;
    private final OperatingSystem os;
    private final Path icon;
    private final Path resourceDir;

    /** @param resourceDir jpackage templates that replace its own for this system, or null */
    JpackageArguments(AppMetadata app, OperatingSystem os, Path icon, Path resourceDir) {
        this.app = app;
        this.os = os;
        this.icon = icon;
        this.resourceDir = resourceDir;
    }

    /**
     * The application image: launcher, runtime, and the class path in lib/app.
     *
     * @param cliLauncher Windows only: a properties file for a second, console launcher (or null)
     */
    List<String> appImage(Path input, String mainJar, Path runtime, Path dest, Path cliLauncher) {
        List<String> a = common("app-image", dest);
        add(a, "--input", input.toString());
        add(a, "--main-jar", mainJar);
        add(a, "--main-class", app.mainClass());
        add(a, "--runtime-image", runtime.toString());
        for (String option : LEAN_JVM_OPTIONS) {
            add(a, "--java-options", option);
        }
        if (os == OperatingSystem.MAC) {
            add(a, "--mac-package-identifier", app.macBundleId());
            add(a, "--mac-package-name", app.name());
        }
        if (os == OperatingSystem.WINDOWS && cliLauncher != null) {
            add(a, "--add-launcher", app.packageName() + "-cli=" + cliLauncher);
        }
        return a;
    }

    /** An installer of the given type made from the application image. */
    List<String> installer(String type, Path appImage, Path dest) {
        if (!os.supports(type) || type.equals("app-image")) {
            throw new IllegalArgumentException("jpackage cannot build a '" + type + "' installer on " + os);
        }
        List<String> a = common(type, dest);
        add(a, "--app-image", appImage.toString());
        if (resourceDir != null) {
            add(a, "--resource-dir", resourceDir.toString());
        }
        if (app.aboutUrl() != null) {
            add(a, "--about-url", app.aboutUrl());
        }
        switch (os) {
            case LINUX -> {
                add(a, "--linux-package-name", app.packageName());
                add(a, "--linux-menu-group", "Development;");
                add(a, "--linux-app-category", type.equals("deb") ? "devel" : "Development/Tools");
                a.add("--linux-shortcut");
                String deps = type.equals("deb") ? app.linuxDeps() : app.rpmDeps();
                if (deps != null && !deps.isBlank()) {
                    add(a, "--linux-package-deps", deps);
                }
            }
            case WINDOWS -> {
                a.add("--win-menu");
                add(a, "--win-menu-group", app.name());
                a.add("--win-shortcut");
                a.add("--win-dir-chooser");
                add(a, "--win-upgrade-uuid", app.winUpgradeUuid());
            }
            case MAC -> {
                add(a, "--mac-package-identifier", app.macBundleId());
                add(a, "--mac-package-name", app.name());
            }
        }
        return a;
    }

    private List<String> common(String type, Path dest) {
        List<String> a = new ArrayList<>();
        add(a, "--type", type);
        add(a, "--name", app.name());
        add(a, "--app-version", app.version());
        add(a, "--dest", dest.toString());
        optional(a, "--description", app.description());
        optional(a, "--vendor", app.vendor());
        optional(a, "--copyright", app.copyright());
        if (icon != null) {
            add(a, "--icon", icon.toString());
        }
        return a;
    }

    private static void optional(List<String> a, String option, String value) {
        if (value != null && !value.isBlank()) {
            add(a, option, value);
        }
    }

    private static void add(List<String> a, String option, String value) {
        a.add(option);
        a.add(value);
    }
}
