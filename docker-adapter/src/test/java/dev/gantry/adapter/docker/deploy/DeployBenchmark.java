package dev.gantry.adapter.docker.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gantry.adapter.api.deploy.DeployResult;
import dev.gantry.adapter.compose.ComposeLoader;
import dev.gantry.adapter.compose.LoadOptions;
import dev.gantry.adapter.compose.LoadResult;
import dev.gantry.adapter.docker.deploy.convert.StackConverter;
import dev.gantry.adapter.testing.TestEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Time to deploy a 10-service stack: Gantry (load + convert + deploy, in process) versus
 * {@code docker stack deploy} (a process, as users run it), medians of 5, first a fresh deploy, then
 * an update of every service. Run with {@code -Dgantry.bench=true}; writes target/benchmarks-deploy.md (copied by hand into docs/benchmarks.md).
 */
class DeployBenchmark {

    private static final int RUNS = 5;

    @TempDir
    Path dir;

    @Test
    void tenServiceStack() throws Exception {
        assumeTrue(Boolean.getBoolean("gantry.bench"), "benchmark: run with -Dgantry.bench=true");
        TestEngine.host();
        Path v1 = Files.writeString(dir.resolve("v1.yml"), stack("1"));
        Path v2 = Files.writeString(dir.resolve("v2.yml"), stack("2"));
        List<Long> cliCreate = new ArrayList<>();
        List<Long> cliUpdate = new ArrayList<>();
        List<Long> gantryCreate = new ArrayList<>();
        List<Long> gantryUpdate = new ArrayList<>();
        gantry(v1, TestStacks.uniqueStack("warm"), true);
        for (int run = 0; run < RUNS; run++) {
            String cli = TestStacks.uniqueStack("bcli");
            String gty = TestStacks.uniqueStack("bgty");
            try {
                cliCreate.add(cli(v1, cli));
                cliUpdate.add(cli(v2, cli));
                TestStacks.remove(cli);
                gantryCreate.add(gantry(v1, gty, false));
                gantryUpdate.add(gantry(v2, gty, false));
            } finally {
                TestStacks.remove(cli);
                TestStacks.remove(gty);
            }
        }
        String cliVersion = TestEngine.docker("version", "--format", "{{.Client.Version}}");
        String table = "| 10-service stack | docker stack deploy (" + TestEngine.dockerBinary() + " " + cliVersion
                + ") | Gantry | ratio Gantry/CLI |\n|---|---|---|---|\n"
                + row("fresh deploy", cliCreate, gantryCreate) + row("update all services", cliUpdate, gantryUpdate);
        String doc = "# Deploy benchmark\n\n"
                + "Time to deploy a 10-service stack (gantry-test/busybox, one overlay network) to the test engine"
                + " (dockerd 20.10, single-node swarm), median of " + RUNS + " runs each, measured by"
                + " `DeployBenchmark` (`-Dgantry.bench=true`). The CLI is timed as a process"
                + " (`--detach=true --resolve-image never`), as users run it; Gantry in process (load, convert, diff-free"
                + " deploy) after one warm-up deploy, as the running application does it. Neither waits for tasks.\n\n"
                + table + "\nRaw (ms): CLI create " + cliCreate + ", update " + cliUpdate + "; Gantry create "
                + gantryCreate + ", update " + gantryUpdate + ".\n";
        Path out = Path.of("target", "benchmarks-deploy.md");
        Files.writeString(out, doc);
        System.out.println(doc);
    }

    private static String row(String what, List<Long> cli, List<Long> gantry) {
        long c = median(cli);
        long g = median(gantry);
        return "| " + what + " | " + c + " ms | " + g + " ms | " + String.format("%.2f", (double) g / c) + "x |\n";
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static long cli(Path file, String stack) {
        long start = System.nanoTime();
        TestEngine.docker("stack", "deploy", "--detach=true", "--resolve-image", "never", "-c", file.toString(), stack);
        return (System.nanoTime() - start) / 1_000_000;
    }

    private long gantry(Path file, String stack, boolean cleanUp) {
        long start = System.nanoTime();
        LoadResult loaded = new ComposeLoader(Map.of()).load(List.of(file), LoadOptions.DEPLOY);
        DeployResult result = new StackDeployer(TestStacks.api())
                .deploy(StackConverter.convert(stack, loaded.project().orElseThrow()), false, line -> { });
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(result.succeeded(), () -> result.failure().get().sentence());
        assertEquals(10, TestStacks.ids("service", "ls", "-q", "--filter", "label=com.docker.stack.namespace=" + stack).size());
        if (cleanUp) {
            TestStacks.remove(stack);
        }
        return ms;
    }

    private static String stack(String version) {
        StringBuilder s = new StringBuilder("version: \"3.8\"\nservices:\n");
        for (int i = 1; i <= 10; i++) {
            s.append("  s").append(i).append(":\n    image: gantry-test/busybox:").append(version)
                    .append("\n    environment:\n      INDEX: \"").append(i).append("\"\n    networks: [net]\n");
        }
        return s.append("networks:\n  net: {}\n").toString();
    }
}
