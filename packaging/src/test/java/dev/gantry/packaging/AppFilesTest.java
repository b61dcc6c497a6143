package dev.gantry.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppFilesTest {

    @TempDir
    Path dir;

    private Path jar(String name, String... entries) throws IOException {
        Path p = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(p); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String e : entries) {
                zip.putNextEntry(new ZipEntry(e));
                zip.closeEntry();
            }
        }
        return p;
    }

    @Test
    void splitsMainJarLibrariesAndModularJavaFxJarsAndDropsTheEmptyPlaceholders() throws IOException {
        Path main = jar("gantry-app-0.1.0.jar", "dev/gantry/app/Main.class");
        Path lib = jar("guava-33.jar", "com/google/common/base/Strings.class");
        Path fxEmpty = jar("javafx-base-21.0.12.jar", "META-INF/MANIFEST.MF");
        Path fx = jar("javafx-base-21.0.12-linux.jar", "module-info.class", "javafx/beans/Observable.class");

        AppFiles files = AppFiles.split(List.of(main, lib, fxEmpty, fx), "gantry-app-0.1.0.jar");

        assertEquals(main, files.mainJar());
        assertEquals(List.of(lib), files.libraries());
        assertEquals(List.of(fx), files.javafxModules());
        assertEquals(List.of(main, lib), files.classPath());
    }

    @Test
    void saysWhenTheMainJarIsMissing() throws IOException {
        Path fx = jar("javafx-base-21.0.12-linux.jar", "module-info.class");
        var e = assertThrows(IllegalArgumentException.class, () -> AppFiles.split(List.of(fx), "gantry-app-0.1.0.jar"));
        assertEquals(true, e.getMessage().startsWith("the main jar gantry-app-0.1.0.jar is not on the class path"));
    }

    @Test
    void saysWhenTheBuildStoppedBeforeTheJars() throws IOException {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        var e = assertThrows(IllegalArgumentException.class, () -> AppFiles.split(List.of(classes), "app.jar"));
        assertEquals(classes + " is a directory, not a jar: run the build up to the package phase", e.getMessage());
    }
}
