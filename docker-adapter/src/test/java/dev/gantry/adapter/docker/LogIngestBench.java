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

    private static void engine() throws Exception {
        String name = "gt-logs-bench-" + UUID.randomUUID().toString().substring(0, 8);
        BenchSupport.docker("run", "-d", "--name", name, "gantry-test/busybox:1", "sh", "-c",
                "seq 1 " + LINES + " | sed 's/^/2026 level=info msg=\"request handled\" id=/'");
        try {
            BenchSupport.docker("wait", name);
            List<Double> cli = new ArrayList<>();
            List<Double> ours = new ArrayList<>();
            try (DockerEngineSession session = (DockerEngineSession) new DockerEngineConnector().connect(BenchSupport.profile())) {
                for (int r = 0; r < RUNS; r++) {
                    long t0 = System.nanoTime();
                    Process p = new ProcessBuilder("docker", "-H", BenchSupport.host(), "logs", name)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
                    p.waitFor();
                    cli.add(LINES / ((System.nanoTime() - t0) / 1e9));

                    LogIngestQueue q = new LogIngestQueue();
                    LogBuffer model = new LogBuffer();
                    t0 = System.nanoTime();
                    try (Subscription s = session.logs().container(name, LogRequest.all(), q)) {
                        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
                        while (model.size() < LINES && !(q.ended() && q.pending() == 0)) {
                            model.append(q.drain()); // what the view does once per frame
                            Thread.sleep(16);
                            if (System.nanoTime() > deadline) {
                                throw new IllegalStateException("stuck: model " + model.size() + ", ended " + q.ended()
                                        + ", error " + q.takeError());
                            }
                        }
                        model.append(q.drain());
                    }
                    double secs = (System.nanoTime() - t0) / 1e9;
                    if (model.size() != LINES) {
                        throw new IllegalStateException("model holds " + model.size() + " lines, expected " + LINES);
                    }
                    ours.add(LINES / secs);
                }
            }
            BenchSupport.result("ingest_engine_to_model_lines_per_s", BenchSupport.median(ours), "lines/s");
            BenchSupport.result("docker_logs_to_devnull_lines_per_s", BenchSupport.median(cli), "lines/s");
        } finally {
            BenchSupport.docker("rm", "-f", name);
        }
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
