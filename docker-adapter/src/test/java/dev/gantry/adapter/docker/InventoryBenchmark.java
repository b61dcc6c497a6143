package dev.gantry.adapter.docker;

import dev.gantry.adapter.api.EngineSession;
import dev.gantry.adapter.api.InventorySnapshot;
import dev.gantry.adapter.testing.TestEngine;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Compares one inventory fetch with the docker CLI's equivalent listing calls on the same engine.
 * A benchmark, not a test: run it by hand (see the report in docs/benchmarks.md).
 *
 * <pre>java -cp ... dev.gantry.adapter.docker.InventoryBenchmark [rounds]</pre>
 */
public final class InventoryBenchmark {

    private static final List<List<String>> CLI_CALLS = List.of(
            List.of("ps", "-a"), List.of("service", "ls"), List.of("node", "ls"), List.of("network", "ls"),
            List.of("stack", "ls"));

    private InventoryBenchmark() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        try (EngineSession session = new DockerEngineConnector().connect(TestEngine.profile())) {
            InventorySnapshot snap = session.inventory();
            System.out.printf(Locale.ROOT, "engine %s: %d containers, %d services, %d tasks, %d nodes%n",
                    snap.engine().serverVersion(), snap.containers().size(), snap.services().size(), snap.tasks().size(),
                    snap.nodes().size());
            for (int i = 0; i < 5; i++) {
                session.inventory();
            }
            List<Double> adapter = time(rounds, () -> session.inventory());
            report("adapter inventory() (one call, parallel lists)", adapter);

            List<Double> cliTotal = new ArrayList<>();
            List<List<Double>> perCall = new ArrayList<>();
            CLI_CALLS.forEach(c -> perCall.add(new ArrayList<>()));
            int cliRounds = Math.max(3, rounds / 4);
            for (int r = 0; r < cliRounds; r++) {
                double sum = 0;
                for (int i = 0; i < CLI_CALLS.size(); i++) {
                    List<String> call = CLI_CALLS.get(i);
                    double ms = time(1, () -> TestEngine.docker(call.toArray(String[]::new))).get(0);
                    perCall.get(i).add(ms);
                    sum += ms;
                }
                cliTotal.add(sum);
            }
            for (int i = 0; i < CLI_CALLS.size(); i++) {
                report("  docker " + String.join(" ", CLI_CALLS.get(i)), perCall.get(i));
            }
            report("docker CLI, the five calls in sequence", cliTotal);
            perApiCall(session, rounds);
            System.out.printf(Locale.ROOT, "ratio adapter/CLI (medians): %.2f%n", median(adapter) / median(cliTotal));
        }
    }

    /** Each engine call of one inventory alone, read as the adapter reads it (JSON trees), to see which dominates. */
    private static void perApiCall(EngineSession session, int rounds) {
        RawApi raw = new RawApi(((DockerEngineSession) session).client(), () -> session.info().negotiatedApiVersion());
        for (String path : List.of("/version", "/info", InventoryReader.CONTAINERS, "/services", "/tasks", "/nodes",
                "/networks", "/secrets", "/configs")) {
            report("  api " + path, time(rounds, () -> raw.get(path)));
        }
    }

    private static List<Double> time(int rounds, Supplier<?> call) {
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            call.get();
            ms.add((System.nanoTime() - t0) / 1e6);
        }
        return ms;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static void report(String what, List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "%-50s median %7.1f ms  min %7.1f  max %7.1f  (n=%d)%n", what,
                median(values), sorted.get(0), sorted.get(sorted.size() - 1), values.size());
    }
}
