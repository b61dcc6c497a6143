package dev.gantry.adapter.compose;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Time to validate the largest corpus file (full-example.yml, 9.8 kB) in-process, all stages, after
 * warm-up: the median of 50 runs, printed for docs; it must stay far below the editor's debounce.
 */
class ValidationTimingTest {

    @Test
    void validatingTheLargestCorpusFileTakesMilliseconds() throws Exception {
        Path largest = Corpus.stackFiles().stream()
                .max(Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
        ComposeLoader loader = new ComposeLoader(Map.of());
        for (int i = 0; i < 20; i++) {
            loader.load(List.of(largest), LoadOptions.DEPLOY);
        }
        long[] nanos = new long[50];
        for (int i = 0; i < nanos.length; i++) {
            long t0 = System.nanoTime();
            LoadResult r = loader.load(List.of(largest), LoadOptions.DEPLOY);
            nanos[i] = System.nanoTime() - t0;
            assertTrue(r.errors().isEmpty() || r.errors().stream().allMatch(d -> d.line() > 0));
        }
        Arrays.sort(nanos);
        double medianMs = nanos[nanos.length / 2] / 1e6;
        System.out.printf("[timing] validate %s (%d bytes): median %.2f ms, max %.2f ms over %d runs%n",
                largest.getFileName(), Files.size(largest), medianMs, nanos[nanos.length - 1] / 1e6, nanos.length);
        assertTrue(medianMs < 250, "median " + medianMs + " ms");
    }
}
