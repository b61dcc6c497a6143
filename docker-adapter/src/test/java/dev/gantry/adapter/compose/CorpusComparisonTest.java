package dev.gantry.adapter.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The acceptance test of the loader: every corpus stack file through {@code docker stack config}
 * (reference CLI 28.x at /usr/local/bin/docker, run in the file's folder, nothing cached) and
 * through Gantry's loader and printer. Both accept or both reject; where both accept, the two
 * printed trees are equal field by field (map order ignored).
 */
class CorpusComparisonTest {
    private static final List<String> SUMMARY = new ArrayList<>();

    @BeforeAll
    static void cli() {
        ReferenceCli.assumePresent();
    }

    @TestFactory
    Stream<DynamicTest> everyCorpusFileLoadsLikeTheCli() {
        return Corpus.stackFiles().stream().map(file -> DynamicTest.dynamicTest(
                Corpus.dir().relativize(file).toString(), () -> compare(file)));
    }

    private static void compare(Path file) throws Exception {
        ReferenceCli.Result cli = ReferenceCli.stackConfig(List.of(file));
        LoadResult gantry = new ComposeLoader(System.getenv()).load(List.of(file), LoadOptions.CONFIG);
        boolean cliAccepts = cli.exitCode() == 0;
        String name = file.getFileName().toString();
        assertEquals(cliAccepts, gantry.ok(), () -> name + ": CLI " + (cliAccepts ? "accepts" : "rejects: "
                + cli.stderr().trim()) + "; Gantry " + (gantry.ok() ? "accepts" : "rejects: " + gantry.errors()));
        if (!cliAccepts) {
            assertTrue(gantry.errors().stream().allMatch(d -> d.line() > 0 && d.column() > 0),
                    () -> "every error has a position: " + gantry.errors());
            synchronized (SUMMARY) {
                SUMMARY.add(name + ": both reject");
            }
            return;
        }
        Object expected = plain(cli.stdout());
        Object actual = plain(new ConfigPrinter().yaml(gantry.projectOrNull()));
        List<String> diff = TreeDiff.diff(expected, actual);
        assertTrue(diff.isEmpty(), () -> name + " differs from docker stack config:\n  " + String.join("\n  ", diff));
        synchronized (SUMMARY) {
            SUMMARY.add(name + ": both accept, " + TreeDiff.leaves(expected) + " fields agree");
        }
    }

    static Object plain(String yaml) {
        Diagnostics d = new Diagnostics(Path.of("printed.yml"));
        YNode.Mapping root = new YamlParser().parse(yaml, d);
        assertTrue(root != null && !d.hasErrors(), () -> "printed YAML parses: " + d.list());
        return root.toPlain();
    }

    @AfterAll
    static void report() {
        SUMMARY.forEach(s -> System.out.println("[corpus] " + s));
    }
}
