package dev.gantry.adapter.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The schema as oracle. Gantry's loader is for stack files, so the oracle is the schema
 * {@code docker stack deploy} validates with (config_schema_v3.13.json), applied by the reference
 * CLI itself: a crafted file the CLI rejects is rejected by Gantry with a position at the offending
 * line; a file the CLI accepts is accepted. The corpus half of the oracle is
 * {@link CorpusComparisonTest}.
 */
class SchemaOracleTest {
    @TempDir
    static Path dir;

    /** name, file text, the line Gantry must point at (0: accepted by both). */
    private static final List<Object[]> CASES = List.of(
            new Object[] {"bool-as-yes", "services:\n  s:\n    image: x\n    tty: yes\n", 4},
            new Object[] {"unknown-service-key", "services:\n  s:\n    image: x\n    platform: linux\n", 4},
            new Object[] {"top-level-name", "name: x\nservices:\n  s:\n    image: x\n", 1},
            new Object[] {"depends-on-mapping", "services:\n  s:\n    image: x\n    depends_on:\n      db:\n"
                    + "        condition: service_started\n  db:\n    image: y\n", 5},
            new Object[] {"bad-port", "services:\n  s:\n    image: x\n    ports:\n      - \"80:abc\"\n", 5},
            new Object[] {"bad-duration", "services:\n  s:\n    image: x\n    stop_grace_period: 10 seconds\n", 4},
            new Object[] {"replicas-string", "services:\n  s:\n    image: x\n    deploy:\n      replicas: two\n", 5},
            new Object[] {"bad-deploy-mode-type", "services:\n  s:\n    image: x\n    deploy:\n      mode: [a]\n", 5},
            new Object[] {"ulimit-missing-hard", "services:\n  s:\n    image: x\n    ulimits:\n      nofile:\n"
                    + "        soft: 1\n", 6},
            new Object[] {"services-list", "services:\n  - s\n", 2},
            new Object[] {"bad-service-name", "services:\n  \"a b\":\n    image: x\n", 2},
            new Object[] {"duplicate-cap", "services:\n  s:\n    image: x\n    cap_add: [A, A]\n", 4},
            new Object[] {"network-ext-key", "services:\n  s:\n    image: x\nnetworks:\n  n:\n    driverx: overlay\n", 6},
            new Object[] {"secret-extra-key", "services:\n  s:\n    image: x\nsecrets:\n  a:\n    file: ./a\n"
                    + "    bogus: 1\n", 7},
            new Object[] {"valid-long-ports", "services:\n  s:\n    image: x\n    ports:\n      - target: 80\n"
                    + "        published: 8080\n        mode: host\n", 0},
            new Object[] {"valid-anchors", "x-d: &d\n  image: x\n  tty: true\nservices:\n  s:\n    <<: *d\n"
                    + "    read_only: true\n", 0},
            new Object[] {"valid-octal-mode", "services:\n  s:\n    image: x\n    secrets:\n      - source: a\n"
                    + "        mode: 0440\nsecrets:\n  a:\n    file: ./a\n", 0},
            new Object[] {"valid-ulimits", "services:\n  s:\n    image: x\n    ulimits:\n      nproc: 10\n"
                    + "      nofile: {soft: 1, hard: 2}\n", 0});

    @BeforeAll
    static void cli() {
        ReferenceCli.assumePresent();
    }

    @TestFactory
    Stream<DynamicTest> craftedFilesAgreeWithTheStackSchema() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest((String) c[0], () -> {
            Path file = Files.writeString(dir.resolve(c[0] + ".yml"), (String) c[1]);
            int line = (Integer) c[2];
            ReferenceCli.Result cli = ReferenceCli.stackConfig(List.of(file));
            LoadResult gantry = new ComposeLoader(Map.of()).load(List.of(file), LoadOptions.CONFIG);
            assertEquals(line == 0, cli.exitCode() == 0, () -> "the oracle's verdict changed: " + cli.stderr());
            if (line == 0) {
                assertTrue(gantry.ok(), () -> "Gantry rejects a file the schema accepts: " + gantry.errors());
                return;
            }
            assertFalse(gantry.ok(), () -> "Gantry accepts a file the schema rejects (" + cli.stderr().trim() + ")");
            assertTrue(gantry.errors().stream().anyMatch(d -> d.line() == line && d.column() > 0),
                    () -> "an error at line " + line + ": " + gantry.errors());
        }));
    }
}
