package dev.gantry.adapter.compose;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential fuzzing: seeded mutants of corpus files (see {@link RobustnessTest#mutate}) through
 * both {@code docker stack config} and Gantry, which must both accept (with equal printed trees) or
 * both reject. {@code -Dgantry.differential.cases=N} (default 60; each case runs the CLI once).
 */
class DifferentialFuzzTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void cli() {
        ReferenceCli.assumePresent();
    }

    @Test
    void mutantsAreAcceptedOrRejectedLikeTheCli() throws Exception {
        int cases = Integer.getInteger("gantry.differential.cases", 60);
        List<Path> files = Corpus.stackFiles();
        Random random = new Random(Long.getLong("gantry.differential.seed", 7L));
        Map<String, String> env = System.getenv();
        List<String> disagreements = new ArrayList<>();
        int accepted = 0;
        int rejected = 0;
        for (int i = 0; i < cases; i++) {
            Path source = files.get(random.nextInt(files.size()));
            String mutant = RobustnessTest.mutate(Files.readString(source, StandardCharsets.UTF_8), random);
            Path folder = Files.createDirectories(dir.resolve("c" + i));
            Path file = Files.writeString(folder.resolve(source.getFileName()), mutant);
            ReferenceCli.Result cli = ReferenceCli.stackConfig(List.of(file));
            LoadResult gantry = new ComposeLoader(env).load(List.of(file), LoadOptions.CONFIG);
            boolean cliOk = cli.exitCode() == 0;
            if (cliOk != gantry.ok()) {
                disagreements.add("case " + i + " (" + source.getFileName() + "): CLI " + (cliOk ? "accepts"
                        : "rejects: " + firstLine(cli.stderr())) + "; Gantry " + (gantry.ok() ? "accepts"
                        : "rejects: " + gantry.errors().get(0).format()) + "\n--- mutant:\n" + mutant);
                continue;
            }
            if (cliOk) {
                accepted++;
                List<String> diff = TreeDiff.diff(CorpusComparisonTest.plain(cli.stdout()),
                        CorpusComparisonTest.plain(new ConfigPrinter().yaml(gantry.projectOrNull())));
                if (!diff.isEmpty()) {
                    disagreements.add("case " + i + " (" + source.getFileName() + "): fields differ: " + diff);
                }
            } else {
                rejected++;
            }
        }
        System.out.printf("[differential] %d cases: %d both accept, %d both reject, %d disagree%n", cases, accepted,
                rejected, disagreements.size());
        disagreements.forEach(d -> System.out.println("[differential] " + d));
        assertTrue(disagreements.isEmpty(), () -> String.join("\n", disagreements));
    }

    private static String firstLine(String s) {
        return s.strip().replaceAll("\\s*\n\\s*", " / ");
    }
}
