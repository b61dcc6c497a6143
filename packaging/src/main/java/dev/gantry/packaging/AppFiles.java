package dev.gantry.packaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

/**
 * The application's runtime class path, split the way the runtime image needs it: JavaFX's
 * modular jars for the platform go on jlink's module path, everything else (non-modular) stays
 * on the class path next to the main jar.
 */
record AppFiles(Path mainJar, List<Path> libraries, List<Path> javafxModules) {

    AppFiles {
        libraries = List.copyOf(libraries);
        javafxModules = List.copyOf(javafxModules);
    }

    /**
     * @param classPath   every jar the app needs at runtime (Maven's resolved runtime class path)
     * @param mainJarName the file name of the jar holding the main class
     */
    static AppFiles split(List<Path> classPath, String mainJarName) {
        Path main = null;
        List<Path> libraries = new ArrayList<>();
        List<Path> javafx = new ArrayList<>();
        for (Path jar : classPath) {
            String name = jar.getFileName().toString();
            if (Files.isDirectory(jar)) {
                throw new IllegalArgumentException(jar + " is a directory, not a jar: run the build up to the package phase");
            }
            if (name.equals(mainJarName)) {
                main = jar;
            } else if (name.startsWith("javafx-")) {
                // javafx-base-21.jar without a classifier is an empty placeholder; the one for the platform is modular
                if (hasModuleInfo(jar)) {
                    javafx.add(jar);
                }
            } else {
                libraries.add(jar);
            }
        }
        if (main == null) {
            throw new IllegalArgumentException("the main jar " + mainJarName + " is not on the class path " + classPath);
        }
        if (javafx.isEmpty()) {
            throw new IllegalArgumentException("no JavaFX jar for this platform on the class path " + classPath);
        }
        return new AppFiles(main, libraries, javafx);
    }

    /** The names of the JavaFX modules, e.g. javafx.base, javafx.controls, javafx.graphics. */
    List<String> javafxModuleNames() {
        return ModuleFinder.of(javafxModules.toArray(Path[]::new)).findAll().stream()
                .map(ModuleReference::descriptor)
                .map(d -> d.name())
                .sorted()
                .toList();
    }

    /** The main jar followed by the libraries: what the app has on its class path. */
    List<Path> classPath() {
        List<Path> all = new ArrayList<>();
        all.add(mainJar);
        all.addAll(libraries);
        return all;
    }

    static boolean hasModuleInfo(Path jar) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.getEntry("module-info.class") != null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jar, e);
        }
    }
}
