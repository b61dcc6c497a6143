package dev.gantry.adapter.compose;

import dev.gantry.adapter.compose.model.ComposeProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads one or more compose (stack) files into a {@link ComposeProject}, in the docker CLI's
 * stages: parse ({@link YamlParser}), key policy ({@link KeyPolicy}), interpolate
 * ({@link Interpolator}), validate ({@link SchemaValidator}, {@link ReferenceChecker}), bind
 * ({@link Binder}) and merge ({@link Merger}). It never throws for any input: problems are
 * positioned {@link Diagnostic}s, and a bug becomes an "internal error" diagnostic.
 */
public final class ComposeLoader {
    private static final Logger LOG = LoggerFactory.getLogger(ComposeLoader.class);
    private static final Pattern VERSION = Pattern.compile("3(\\.\\d+)?");

    private final Map<String, String> environment;
    private final Binder.FileSource files;

    /** @param environment the variables for interpolation (usually {@code System.getenv()}) */
    public ComposeLoader(Map<String, String> environment) {
        this(environment, path -> Files.readString(path, StandardCharsets.UTF_8));
    }

    ComposeLoader(Map<String, String> environment, Binder.FileSource files) {
        this.environment = Map.copyOf(environment);
        this.files = files;
    }

    /** Reads and loads the files, in order (later files override earlier ones). */
    public LoadResult load(List<Path> paths, LoadOptions options) {
        List<Source> sources = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        for (Path p : paths) {
            Path abs = p.toAbsolutePath().normalize();
            try {
                sources.add(new Source(p, abs.getParent(), files.read(abs)));
            } catch (IOException | RuntimeException e) {
                problems.add(new Diagnostic(p, 0, 0, Severity.ERROR, "cannot read the file: "
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
            }
        }
        if (!problems.isEmpty()) {
            return new LoadResult(null, problems);
        }
        return loadSources(sources, options);
    }

    /** Loads text that is not (or not yet) saved, e.g. the editor's buffer, as if it were {@code file}. */
    public LoadResult loadText(Path file, String text, LoadOptions options) {
        Path dir = file.toAbsolutePath().normalize().getParent();
        return loadSources(List.of(new Source(file, dir, text)), options);
    }

    /** One compose file's text, with the folder its relative paths are resolved against. */
    record Source(Path file, Path dir, String text) {
    }

    private LoadResult loadSources(List<Source> sources, LoadOptions options) {
        List<Diagnostic> all = new ArrayList<>();
        try {
            return run(sources, options, all);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("internal error while loading {}", sources.get(0).file(), e);
            all.add(new Diagnostic(sources.get(0).file(), 1, 1, Severity.ERROR,
                    "internal error while loading: " + e));
            return new LoadResult(null, all);
        }
    }

    private LoadResult run(List<Source> sources, LoadOptions options, List<Diagnostic> all) {
        Map<String, String> env = environment(sources.get(0), options, all);
        List<YNode.Mapping> roots = new ArrayList<>();
        List<Diagnostics> outs = new ArrayList<>();
        String firstVersion = null;
        boolean failed = false;
        for (Source s : sources) {
            Diagnostics out = new Diagnostics(s.file());
            outs.add(out);
            YNode.Mapping root = new YamlParser().parse(s.text(), out);
            if (root == null) {
                roots.add(null);
                failed = true;
                continue;
            }
            boolean stack = options.flavor() == LoadOptions.Flavor.STACK;
            if (stack) {
                new KeyPolicy().apply(root, out);
            }
            root = new Interpolator(env).interpolate(root, out);
            String version = stack ? checkVersion(root, out) : Binder.versionOf(root);
            if (firstVersion == null) {
                firstVersion = version;
            } else if (stack && version != null && !version.equals(firstVersion)) {
                out.error(root.get("version") == null ? root : root.get("version"),
                        "version mismatched between two composefiles : " + firstVersion + " and " + version);
            }
            (stack ? SchemaValidator.stackSchema() : SchemaValidator.composeSpec()).validate(root, out);
            roots.add(root);
        }
        if (!failed && options.checkReferences()) {
            new ReferenceChecker().check(roots, outs);
        }
        List<ComposeProject> projects = new ArrayList<>();
        boolean anyErrors = outs.stream().anyMatch(Diagnostics::hasErrors);
        if (!anyErrors) {
            for (int i = 0; i < sources.size(); i++) {
                Source s = sources.get(i);
                projects.add(new Binder(s.dir(), env, files).bind(roots.get(i), s.file(), outs.get(i)));
            }
        }
        outs.forEach(o -> all.addAll(o.list()));
        if (anyErrors || outs.stream().anyMatch(Diagnostics::hasErrors)) {
            return new LoadResult(null, all);
        }
        Map<String, SourceLocation> locations = new HashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            collectLocations(roots.get(i), "", sources.get(i).file(), locations, 0);
        }
        return new LoadResult(new Merger().merge(projects), all, locations);
    }

    /** Key positions down to three levels below the sections ("services.web.deploy.replicas"). */
    private static void collectLocations(YNode node, String prefix, Path file, Map<String, SourceLocation> into,
                                         int depth) {
        if (!(node instanceof YNode.Mapping m) || depth > 3) {
            return;
        }
        for (YNode.Entry e : m.entries()) {
            String path = prefix.isEmpty() ? e.key() : prefix + "." + e.key();
            into.put(path, new SourceLocation(file, e.keyPosition().line(), e.keyPosition().column()));
            collectLocations(e.value(), path, file, into, depth + 1);
        }
    }

    private String checkVersion(YNode.Mapping root, Diagnostics out) {
        YNode v = root.get("version");
        String version = Binder.versionOf(root);
        if (v instanceof YNode.Scalar s && s.value() instanceof String text && !text.isEmpty()
                && !VERSION.matcher(text).matches()) {
            out.error(v, "unsupported Compose file version: " + text);
            return null;
        }
        return version;
    }

    private Map<String, String> environment(Source first, LoadOptions options, List<Diagnostic> all) {
        if (!options.readDotEnv() || first.dir() == null) {
            return environment;
        }
        Path dotEnv = first.dir().resolve(".env");
        Map<String, String> env = new HashMap<>();
        try {
            if (Files.isRegularFile(dotEnv)) {
                for (EnvFile.Variable v : EnvFile.parse(files.read(dotEnv), environment::get)) {
                    if (v.value() != null) {
                        env.put(v.name(), v.value());
                    }
                }
            }
        } catch (IOException e) {
            all.add(new Diagnostic(dotEnv, 0, 0, Severity.WARNING, "cannot read .env: " + e.getMessage()));
        } catch (EnvFile.EnvFileException e) {
            all.add(new Diagnostic(dotEnv, e.line(), 1, Severity.ERROR, e.getMessage()));
        }
        env.putAll(environment);
        return env;
    }
}
