package dev.gantry.adapter.compose;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the shared compose corpus: GANTRY_SHARED_DIR (set by surefire), else ../shared beside the
 * project. Missing corpus: a failure under CI=true, a skip elsewhere.
 */
final class Corpus {
    private Corpus() {
    }

    static Path dir() {
        String env = System.getenv("GANTRY_SHARED_DIR");
        List<Path> candidates = new ArrayList<>();
        if (env != null && !env.isBlank()) {
            candidates.add(Path.of(env, "compose-corpus"));
        }
        candidates.add(Path.of("..", "..", "shared", "compose-corpus"));
        candidates.add(Path.of("..", "shared", "compose-corpus"));
        for (Path c : candidates) {
            if (Files.isDirectory(c)) {
                try {
                    // The real path: the CLI, run in the file's folder, resolves symbolic links.
                    return c.toRealPath();
                } catch (IOException e) {
                    return c.toAbsolutePath().normalize();
                }
            }
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("the compose corpus is missing (looked in " + candidates + ")");
        }
        Assumptions.abort("the compose corpus is missing (looked in " + candidates + ")");
        return null;
    }

    /** awesome-compose/*.yaml, docker-cli/full-example.yml and seeds/*.yml, sorted. */
    static List<Path> stackFiles() {
        Path dir = dir();
        List<Path> files = new ArrayList<>();
        files.addAll(list(dir.resolve("awesome-compose"), ".yaml"));
        files.add(dir.resolve("docker-cli/full-example.yml"));
        files.addAll(list(dir.resolve("seeds"), ".yml"));
        return files;
    }

    private static List<Path> list(Path dir, String suffix) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
