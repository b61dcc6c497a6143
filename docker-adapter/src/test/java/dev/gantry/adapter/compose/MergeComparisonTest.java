package dev.gantry.adapter.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Merging {@code -c a -c b [-c c]} compared with {@code docker stack config} itself. */
class MergeComparisonTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void cli() {
        ReferenceCli.assumePresent();
    }

    private List<Path> copy(String... names) throws Exception {
        List<Path> files = new ArrayList<>();
        for (String n : names) {
            try (InputStream in = getClass().getResourceAsStream("merge/" + n)) {
                Path f = dir.resolve(n);
                Files.write(f, in.readAllBytes());
                files.add(f);
            }
        }
        return files;
    }

    private void compare(List<Path> files) throws Exception {
        ReferenceCli.Result cli = ReferenceCli.stackConfig(files);
        assertEquals(0, cli.exitCode(), cli.stderr());
        LoadResult gantry = new ComposeLoader(Map.of()).load(files, LoadOptions.CONFIG);
        assertTrue(gantry.ok(), () -> gantry.errors().toString());
        Object expected = CorpusComparisonTest.plain(cli.stdout());
        Object actual = CorpusComparisonTest.plain(new ConfigPrinter().yaml(gantry.projectOrNull()));
        List<String> diff = TreeDiff.diff(expected, actual);
        assertTrue(diff.isEmpty(), () -> "merge differs from docker stack config:\n  " + String.join("\n  ", diff));
    }

    @Test
    void twoFilesMergeLikeTheCli() throws Exception {
        compare(copy("base.yml", "override.yml"));
    }

    @Test
    void threeFilesMergeLikeTheCli() throws Exception {
        compare(copy("base.yml", "override.yml", "third.yml"));
    }

    @Test
    void reversedOrderMergesLikeTheCli() throws Exception {
        compare(copy("override.yml", "base.yml"));
    }
}
