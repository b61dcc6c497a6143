package dev.gantry.packaging;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** The trimmed Java runtime, with JavaFX linked in as modules. */
final class RuntimeImage {

    /**
     * Providers that jdeps cannot see because they are found through ServiceLoader:
     * jdk.crypto.ec holds the elliptic-curve key and cipher-suite support that TLS to engines
     * with EC certificates needs.
     */
    static final List<String> SERVICE_MODULES = List.of("jdk.crypto.ec");

    private RuntimeImage() {
    }

    /** The JDK modules the app's class path uses (from jdeps), plus JavaFX's and the service providers. */
    static List<String> modules(AppFiles files) {
        List<String> args = new ArrayList<>(List.of(
                "--print-module-deps", "--ignore-missing-deps",
                "--multi-release", String.valueOf(Runtime.version().feature()),
                "--module-path", join(files.javafxModules())));
        files.classPath().forEach(p -> args.add(p.toString()));
        TreeSet<String> modules = new TreeSet<>(parseModuleList(Tools.run("jdeps", args)));
        modules.addAll(files.javafxModuleNames());
        modules.addAll(SERVICE_MODULES);
        return List.copyOf(modules);
    }

    /** jdeps prints warnings first and the comma-separated module list last. */
    static List<String> parseModuleList(String jdepsOutput) {
        String[] lines = jdepsOutput.strip().split("\\R");
        String last = lines[lines.length - 1].strip();
        if (!last.matches("[\\w.]+(,[\\w.]+)*")) {
            throw new IllegalStateException("jdeps did not end with a module list:\n" + jdepsOutput);
        }
        return List.of(last.split(","));
    }

    /**
     * Links the runtime. JavaFX's native libraries are taken out of the modules and put where the
     * JDK keeps its own (lib/ or bin/), so JavaFX loads them in place instead of unpacking them
     * into ~/.openjfx/cache at every first start.
     *
     * <p>The modules file is left uncompressed: the installers compress it far better (xz in a
     * .deb: 22 MB instead of 39 MB for the runtime) and classes load faster from it. The CDS
     * archive makes start-up faster; only its variant for heaps over 32 GB
     * (classes_nocoops.jsa) is dropped.
     */
    static void link(AppFiles files, List<String> modules, Path output, OperatingSystem os) throws IOException {
        deleteRecursively(output);
        Tools.run("jlink", List.of(
                "--module-path", join(files.javafxModules()),
                "--add-modules", String.join(",", modules),
                "--exclude-resources", "regex:/javafx\\.[a-z]+/[^/]+\\.(so|dll|dylib)",
                "--strip-debug", "--no-header-files", "--no-man-pages", "--compress=0",
                // needs bin/java at link time, so native commands are not stripped (two 16 kB files)
                "--generate-cds-archive",
                "--output", output.toString()));
        try (var walk = Files.walk(output)) {
            for (Path p : walk.filter(p -> p.getFileName().toString().equals("classes_nocoops.jsa")).toList()) {
                Files.delete(p);
            }
        }
        Path libs = output.resolve(os.nativeLibraryDir());
        for (Path jar : files.javafxModules()) {
            copyNativeLibraries(jar, libs, os);
        }
    }

    private static void copyNativeLibraries(Path jar, Path dir, OperatingSystem os) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                // On Windows JavaFX also carries the C runtime DLLs, which the JDK's bin/ already has: keep the JDK's.
                if (!e.isDirectory() && !e.getName().contains("/") && os.isNativeLibrary(e.getName())
                        && !Files.exists(dir.resolve(e.getName()))) {
                    try (InputStream in = zip.getInputStream(e)) {
                        Files.copy(in, dir.resolve(e.getName()));
                    }
                }
            }
        }
    }

    static String join(List<Path> paths) {
        return String.join(File.pathSeparator, paths.stream().map(Path::toString).toList());
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
