package dev.gantry.adapter.compose;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Mutates corpus files with a seeded RNG (delete or duplicate lines, change indentation, swap
 * scalar types, truncate, insert junk bytes) and loads each mutant: the result is either a model
 * or positioned errors, never an exception or an internal error, and never over 1 s a file.
 * 2,000 cases by default; {@code -Dgantry.robustness.cases=10000} for the benchmark run.
 */
class RobustnessTest {
    private static final long SEED = 20261125L;
    private static final String[] JUNK = {"\u0000", "\t", ":", "- ", "{", "}", "[", "]", "&a", "*a", "<<: *a",
        "!!int ", "'", "\"", "${", "$", "#", "? ", "|", ">", "\uFFFD", "\u00e9", "%YAML 1.1", "---", "...",
        "@", "`", "\r", "\\", "~", "0x", "0o7", "1e99", ".inf"};

    @Test
    void mutatedCorpusFilesGiveAModelOrPositionedErrors() throws Exception {
        int cases = Integer.getInteger("gantry.robustness.cases", 2000);
        List<Path> files = Corpus.stackFiles();
        List<String> texts = new ArrayList<>();
        for (Path f : files) {
            texts.add(Files.readString(f, StandardCharsets.UTF_8));
        }
        Random random = new Random(SEED);
        ComposeLoader loader = new ComposeLoader(Map.of("HOME", "/home/gantry"));
        // Warm up (class loading, the schema, the JIT) so that the 1 s limit measures the loader.
        for (int i = 0; i < files.size(); i++) {
            loader.loadText(files.get(i), texts.get(i), LoadOptions.DEPLOY);
        }
        int models = 0;
        int rejected = 0;
        long slowestNanos = 0;
        String slowest = "";
        long start = System.nanoTime();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            int which = random.nextInt(files.size());
            String mutant = mutate(texts.get(which), random);
            long t0 = System.nanoTime();
            LoadResult result;
            try {
                result = loader.loadText(files.get(which), mutant, LoadOptions.DEPLOY);
            } catch (Throwable t) {
                failures.add("case " + i + " (" + files.get(which).getFileName() + "): threw " + t);
                continue;
            }
            long took = System.nanoTime() - t0;
            if (took > slowestNanos) {
                slowestNanos = took;
                slowest = "case " + i + " (" + files.get(which).getFileName() + ")";
            }
            if (took > 1_000_000_000L) {
                failures.add("case " + i + " took " + took / 1_000_000 + " ms");
            }
            if (result.ok()) {
                models++;
            } else {
                rejected++;
                if (result.errors().isEmpty()) {
                    failures.add("case " + i + ": rejected without an error");
                }
                for (Diagnostic d : result.errors()) {
                    if (d.line() <= 0 || d.column() <= 0 || d.message().startsWith("internal error")) {
                        failures.add("case " + i + " (" + files.get(which).getFileName() + "): " + d.format());
                    }
                }
            }
        }
        long totalMs = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("[robustness] %d cases: %d models, %d rejected with positioned errors; total %d ms, "
                + "mean %.2f ms, slowest %.1f ms (%s)%n", cases, models, rejected, totalMs,
                (double) totalMs / cases, slowestNanos / 1e6, slowest);
        assertTrue(failures.isEmpty(), () -> failures.size() + " bad results, first ones:\n  "
                + String.join("\n  ", failures.subList(0, Math.min(20, failures.size()))));
    }

    static String mutate(String text, Random random) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int rounds = 1 + random.nextInt(3);
        for (int r = 0; r < rounds && !lines.isEmpty(); r++) {
            int at = random.nextInt(lines.size());
            String line = lines.get(at);
            switch (random.nextInt(7)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, line);
                case 2 -> lines.set(at, random.nextBoolean() ? "  " + line : line.replaceFirst("^ {1,2}", ""));
                case 3 -> lines.set(at, swapScalar(line, random));
                case 4 -> {
                    String joined = String.join("\n", lines);
                    String cut = joined.substring(0, random.nextInt(joined.length() + 1));
                    lines = new ArrayList<>(Arrays.asList(cut.split("\n", -1)));
                }
                case 5 -> {
                    int pos = random.nextInt(line.length() + 1);
                    String junk = JUNK[random.nextInt(JUNK.length)];
                    lines.set(at, line.substring(0, pos) + junk + line.substring(pos));
                }
                default -> {
                    byte[] bytes = new byte[1 + random.nextInt(4)];
                    random.nextBytes(bytes);
                    int pos = random.nextInt(line.length() + 1);
                    lines.set(at, line.substring(0, pos) + new String(bytes, StandardCharsets.ISO_8859_1)
                            + line.substring(pos));
                }
            }
        }
        return String.join("\n", lines);
    }

    private static String swapScalar(String line, Random random) {
        int colon = line.indexOf(": ");
        String[] values = {"yes", "on", "0440", "true", "null", "~", "[]", "{}", "3.5", "-1", "99999999999999999999",
            "\"\"", "[a, b]", "{a: 1}", "1m30x", "abc:def:ghi", "${X:?boom}"};
        String v = values[random.nextInt(values.length)];
        if (colon >= 0) {
            return line.substring(0, colon + 2) + v;
        }
        int dash = line.indexOf("- ");
        return dash >= 0 ? line.substring(0, dash + 2) + v : line + " " + v;
    }
}
