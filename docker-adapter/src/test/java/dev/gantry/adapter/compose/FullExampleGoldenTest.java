package dev.gantry.adapter.compose;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The docker CLI's own golden file for full-example.yml: loaded as its test does (working folder
 * /foo, HOME=/bar, QUX set in the environment), Gantry must print the same tree.
 */
class FullExampleGoldenTest {

    @Test
    void fullExampleMatchesTheCliGoldenFile() throws Exception {
        Path cli = Corpus.dir().resolve("docker-cli");
        String text = Files.readString(cli.resolve("full-example.yml"), StandardCharsets.UTF_8);
        Binder.FileSource files = path -> Files.readString(
                path.startsWith("/foo") ? cli.resolve(Path.of("/foo").relativize(path)) : path, StandardCharsets.UTF_8);
        ComposeLoader loader = new ComposeLoader(Map.of("HOME", "/bar", "QUX", "qux_from_environment"), files);
        LoadResult result = loader.loadText(Path.of("/foo/full-example.yml"), text, LoadOptions.CONFIG);
        assertTrue(result.ok(), () -> result.errors().toString());
        Object expected = CorpusComparisonTest.plain(Files.readString(cli.resolve("full-example.yaml.golden")));
        Object actual = CorpusComparisonTest.plain(new ConfigPrinter().yaml(result.projectOrNull()));
        List<String> diff = TreeDiff.diff(expected, actual);
        assertTrue(diff.isEmpty(), () -> "differs from full-example.yaml.golden:\n  " + String.join("\n  ", diff));
    }
}
