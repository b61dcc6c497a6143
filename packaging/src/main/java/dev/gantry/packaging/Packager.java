package dev.gantry.packaging;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds Gantry's runtime image, app-image and installers for the system it runs on. Run by the
 * packaging module's OS profiles (see packaging/pom.xml and scripts/package-linux.sh):
 * <pre>
 *   Packager --classpath-file F --main-jar gantry-app-0.1.0.jar --main-class dev.gantry.app.Main
 *            --name Gantry --version 0.1.0 --icons DIR --out DIR --types deb,rpm [metadata options]
 * </pre>
 */
public final class Packager {

    private final Map<String, String> options;
    private final OperatingSystem os = OperatingSystem.current();

    private Packager(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws IOException {
        try {
            new Packager(parse(args)).run();
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("[packaging] error: " + e.getMessage());
            System.exit(1);
        }
    }

    static Map<String, String> parse(String[] args) {
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("options come in pairs (--name value): " + Arrays.toString(args));
        }
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected an option such as --out, found '" + args[i] + "'");
            }
            m.put(args[i].substring(2), args[i + 1]);
        }
        return m;
    }

    private void run() throws IOException {
        Path out = Path.of(required("out")).toAbsolutePath();
        AppMetadata app = metadata();
        AppFiles files = AppFiles.split(readClassPath(Path.of(required("classpath-file"))), required("main-jar"));

        Path input = out.resolve("input");
        copyInput(files, input);

        List<String> modules = RuntimeImage.modules(files);
        System.out.println("[packaging] runtime modules: " + String.join(",", modules));
        Path runtime = out.resolve("runtime");
        RuntimeImage.link(files, modules, runtime, os);

        Path icon = Path.of(required("icons")).resolve(app.packageName() + "." + os.iconExtension()).toAbsolutePath();
        if (!Files.isRegularFile(icon)) {
            throw new IllegalArgumentException("no icon " + icon + " (scripts/make-icons.sh makes them)");
        }
        Path resources = options.containsKey("resource-dir")
                ? Path.of(options.get("resource-dir"), os.name().toLowerCase(java.util.Locale.ROOT)) : null;
        JpackageArguments jpackage = new JpackageArguments(app, os, icon,
                resources != null && Files.isDirectory(resources) ? resources.toAbsolutePath() : null);
        Path images = out.resolve("image");
        RuntimeImage.deleteRecursively(images);
        Tools.run("jpackage", jpackage.appImage(input, files.mainJar().getFileName().toString(), runtime, images,
                os == OperatingSystem.WINDOWS ? cliLauncher(out) : null));
        Path appImage = images.resolve(os == OperatingSystem.MAC ? app.name() + ".app" : app.name());
        System.out.println("[packaging] app-image " + appImage + " " + megabytes(appImage));

        Path installers = out.resolve("installers");
        RuntimeImage.deleteRecursively(installers);
        for (String type : options.getOrDefault("types", "").split(",")) {
            if (type.isBlank() || type.equals("app-image")) {
                continue;
            }
            if (type.equals("rpm") && !onPath("rpmbuild")) {
                System.out.println("[packaging] skipping rpm: rpmbuild is not installed (Debian: apt-get install rpm)");
                continue;
            }
            Tools.run("jpackage", jpackage.installer(type, appImage, installers));
        }
        try (var listing = Files.list(Files.createDirectories(installers))) {
            for (Path p : listing.sorted().toList()) {
                System.out.println("[packaging] installer " + p + " " + megabytes(p));
            }
        }
    }

    private AppMetadata metadata() {
        return new AppMetadata(
                required("name"),
                AppVersion.forInstaller(required("version"), os),
                options.get("description"),
                options.get("vendor"),
                options.get("copyright"),
                options.get("about-url"),
                required("main-class"),
                options.get("win-upgrade-uuid"),
                options.get("mac-bundle-id"),
                options.get("linux-deps"),
                options.get("rpm-deps"));
    }

    /** The main jar at the top, libraries in lib/: the layout the main jar's manifest Class-Path names. */
    private static void copyInput(AppFiles files, Path input) throws IOException {
        RuntimeImage.deleteRecursively(input);
        Path lib = Files.createDirectories(input.resolve("lib"));
        Files.copy(files.mainJar(), input.resolve(files.mainJar().getFileName()));
        for (Path jar : files.libraries()) {
            Files.copy(jar, lib.resolve(jar.getFileName()));
        }
    }

    /** Windows: the main launcher has no console, so a second one prints --version, --smoke-test and CLI output. */
    private Path cliLauncher(Path out) throws IOException {
        Path props = out.resolve("cli-launcher.properties");
        Files.writeString(props, "win-console=true\n");
        return props;
    }

    private static List<Path> readClassPath(Path file) throws IOException {
        String text = Files.readString(file).strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException(file + " is empty: no runtime class path to package");
        }
        return Arrays.stream(text.split(File.pathSeparator)).map(Path::of).toList();
    }

    private String required(String name) {
        String v = options.get(name);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("missing --" + name);
        }
        return v;
    }

    private static boolean onPath(String command) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Arrays.stream(path.split(File.pathSeparator)).anyMatch(d -> Files.isExecutable(Path.of(d, command)));
    }

    private static String megabytes(Path p) throws IOException {
        long bytes;
        try (var walk = Files.walk(p)) {
            bytes = walk.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
        return String.format("%.1f MB", bytes / 1e6);
    }
}
