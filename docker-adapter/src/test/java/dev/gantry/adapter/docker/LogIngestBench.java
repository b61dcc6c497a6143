package dev.gantry.adapter.docker;

import dev.gantry.adapter.api.Subscription;
import dev.gantry.adapter.api.logs.LogLine;
import dev.gantry.adapter.api.logs.LogRequest;
import dev.gantry.adapter.api.logs.LogStreamKind;
import dev.gantry.adapter.logs.LogBuffer;
import dev.gantry.adapter.logs.LogIngestQueue;
import dev.gantry.adapter.logs.LogSearch;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Log benchmarks (run by scripts/bench-logs.sh, not by the test suite): ingest from the engine into
 * the model vs `docker logs` to /dev/null, model-only ingest, regex search over 1M lines.
 */
public final class LogIngestBench {

    private static final int LINES = 1_000_000;
    private static final int RUNS = 3;

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || args[0].equals("model")) {
            search();
            modelOnly();
        }
        if (args.length == 0 || args[0].equals("engine")) {
            engine();
        }
        System.exit(0);
    }

    /**
     * Engine to model vs {@code docker logs} > /dev/null, alternating, {@code gantry.bench.runs} times
     * (default 3). Besides lines/s it reports CPU seconds per million lines of each side and of dockerd
     * in the same window, so a loaded machine shows up as wall time, not as CPU. The log container is
     * made here unless {@code gantry.bench.logs.container} names one that already wrote 1M lines.
     */
    private static void engine() throws Exception {
        int runs = Integer.getInteger("gantry.bench.runs", RUNS);
        String given = System.getProperty("gantry.bench.logs.container");
        String name = given != null ? given : "gt-bench-logs-" + UUID.randomUUID().toString().substring(0, 8);
        if (given == null) {
            BenchSupport.docker("run", "-d", "--name", name, "gantry-test/busybox:1", "sh", "-c",
                    "seq 1 " + LINES + " | sed 's/^/2026 level=info msg=\"request handled\" id=/'");
        }
        try {
            BenchSupport.docker("wait", name);
            long dockerd = BenchSupport.dockerdPid();
            Map<String, List<Double>> m = new LinkedHashMap<>();
            try (DockerEngineSession session = (DockerEngineSession) new DockerEngineConnector().connect(BenchSupport.profile())) {
                for (int r = 0; r < runs; r++) {
                    long d0 = BenchSupport.cpuTicks(dockerd);
                    long t0 = System.nanoTime();
                    double cliCpu = BenchSupport.cliCpuSeconds("logs", name);
                    add(m, "docker_logs_to_devnull_lines_per_s", LINES / ((System.nanoTime() - t0) / 1e9));
                    add(m, "docker_logs_cpu_s_per_1m_lines", cliCpu * 1e6 / LINES);
                    add(m, "dockerd_cpu_s_per_1m_lines_for_docker_logs", (BenchSupport.cpuTicks(dockerd) - d0) / 100.0 * 1e6 / LINES);

                    d0 = BenchSupport.cpuTicks(dockerd);
                    long own0 = BenchSupport.ownCpuNanos();
                    t0 = System.nanoTime();
                    int held = ingestAll(session, name);
                    double secs = (System.nanoTime() - t0) / 1e9;
                    if (held != LINES) {
                        throw new IllegalStateException("model holds " + held + " lines, expected " + LINES);
                    }
                    add(m, "ingest_engine_to_model_lines_per_s", LINES / secs);
                    add(m, "ingest_own_cpu_s_per_1m_lines", (BenchSupport.ownCpuNanos() - own0) / 1e9 * 1e6 / LINES);
                    add(m, "dockerd_cpu_s_per_1m_lines_for_ingest", (BenchSupport.cpuTicks(dockerd) - d0) / 100.0 * 1e6 / LINES);
                    add(m, "load_1min_during_ingest", BenchSupport.loadAverage());
                }
            }
            BenchSupport.result("ingest_runs", runs, "");
            m.forEach((k, v) -> BenchSupport.result(k, BenchSupport.median(v), unit(k)));
            BenchSupport.result("ingest_ratio_to_docker_logs", BenchSupport.median(m.get("ingest_engine_to_model_lines_per_s"))
                    / BenchSupport.median(m.get("docker_logs_to_devnull_lines_per_s")), "x");
        } finally {
            if (given == null) {
                BenchSupport.docker("rm", "-f", name);
            }
        }
    }

    /** Reads the whole log into a model the way the view does (drain once per 16 ms frame). */
    private static int ingestAll(DockerEngineSession session, String name) throws Exception {
        LogIngestQueue q = new LogIngestQueue();
        LogBuffer model = new LogBuffer();
        try (Subscription s = session.logs().container(name, LogRequest.all(), q)) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
            while (model.size() < LINES && !(q.ended() && q.pending() == 0)) {
                model.append(q.drain());
                Thread.sleep(16);
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("stuck: model " + model.size() + ", ended " + q.ended()
                            + ", error " + q.takeError());
                }
            }
            model.append(q.drain());
        }
        return model.size();
    }

    private static void add(Map<String, List<Double>> m, String key, double v) {
        m.computeIfAbsent(key, k -> new ArrayList<>()).add(v);
    }

    private static String unit(String key) {
        return key.endsWith("lines_per_s") ? "lines/s" : key.startsWith("load") ? "" : "s";
    }

    private static void modelOnly() {
        List<LogLine> lines = lines(LINES);
        List<Double> rates = new ArrayList<>();
        for (int r = 0; r < 5; r++) {
            LogBuffer b = new LogBuffer();
            long t0 = System.nanoTime();
            for (int i = 0; i < LINES; i += 5000) {
                b.append(lines.subList(i, Math.min(LINES, i + 5000)));
            }
            rates.add(LINES / ((System.nanoTime() - t0) / 1e9));
        }
        BenchSupport.result("ingest_model_only_lines_per_s", BenchSupport.median(rates), "lines/s");
    }

    private static void search() {
        LogBuffer b = new LogBuffer();
        b.append(lines(LINES));
        Pattern p = LogSearch.compile("status=5\\d\\d .*timeout", false);
        List<Double> ms = new ArrayList<>();
        int hits = 0;
        for (int r = 0; r < 7; r++) {
            long t0 = System.nanoTime();
            hits = LogSearch.find(b.snapshot(), p).length;
            ms.add((System.nanoTime() - t0) / 1e6);
        }
        BenchSupport.result("search_1m_lines_ms", BenchSupport.median(ms), "ms");
        BenchSupport.result("search_1m_lines_hits", hits, "lines");
    }

    static List<LogLine> lines(int n) {
        List<LogLine> out = new ArrayList<>(n);
        Instant t = Instant.parse("2026-11-25T05:00:00Z");
        for (int i = 0; i < n; i++) {
            String text = i % 1000 == 0
                    ? "level=error msg=\"upstream failed\" status=504 path=/api/orders/" + i + " err=timeout after 30s"
                    : "level=info msg=\"request handled\" status=200 path=/api/orders/" + i + " duration=12ms";
            out.add(new LogLine(t.plusNanos(i * 1000L), LogStreamKind.STDOUT, "web." + (i % 3 + 1), text));
        }
        return out;
    }
}
