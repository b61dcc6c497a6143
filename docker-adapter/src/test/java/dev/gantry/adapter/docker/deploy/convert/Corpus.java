package dev.gantry.adapter.docker.deploy.convert;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared compose corpus: $GANTRY_SHARED_DIR/compose-corpus, else ../shared beside the checkout. */
public final class Corpus {

    private Corpus() {
    }

    public static Path dir() {
        String shared = System.getenv("GANTRY_SHARED_DIR");
        Path base = shared != null && !shared.isBlank() ? Path.of(shared) : Path.of("/work/shared");
        Path corpus = base.resolve("compose-corpus");
        if (!Files.isDirectory(corpus)) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true and the compose corpus is missing at " + corpus);
            }
            assumeTrue(false, "compose corpus not found at " + corpus);
        }
        return corpus;
    }
}
