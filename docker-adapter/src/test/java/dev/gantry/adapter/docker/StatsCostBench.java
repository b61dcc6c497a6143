package dev.gantry.adapter.docker;

import dev.gantry.adapter.api.Subscription;
import dev.gantry.adapter.api.stats.SamplingRate;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * dockerd's and our own CPU while watching N idle containers: one-shot sampling (every 2 s, the
 * default, and every 1 s) vs one stream per container vs the `docker stats` CLI, side by side. Each
 * round measures every mode once in a fixed window, rounds repeat and medians are reported with the
 * 1-min load average. Meant for a private dockerd that only the benchmark uses
 * (scripts/bench-stats.sh): its pid comes from GANTRY_BENCH_DOCKERD_PIDFILE.
 *
 * <p>Usage: StatsCostBench [containers=100] [window_s=20] [rounds=3]. GANTRY_BENCH_STATS_MODES (a comma
 * list of oneshot_2s, oneshot_1s, stream, cli; default all) picks the modes measured. Every window also
 * prints a THREADS line: our own CPU split by thread (names without their numbers), from /proc/self/task.
 * GANTRY_BENCH_CONTAINERS_PREFIX=P: the N containers P0..P(N-1) exist already (scripts/bench-stats.sh made
 * them) and are left as they are; otherwise the bench runs and removes its own.
 */
public final class StatsCostBench {

    private static final String CLI = System.getenv().getOrDefault("GANTRY_BENCH_DOCKER_CLI", "/usr/local/bin/docker");
    private static final List<String> MODES = List.of(System.getenv()
            .getOrDefault("GANTRY_BENCH_STATS_MODES", "oneshot_2s,oneshot_1s,stream,cli").split(","));

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        String given = System.getenv("GANTRY_BENCH_CONTAINERS_PREFIX");
        String prefix = given != null ? given : "gt-bench-stats-" + UUID.randomUUID().toString().substring(0, 6) + "-";
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add(prefix + i);
        }
        List<String> created = given != null ? List.of() : names;
        Map<String, List<Double>> m = new LinkedHashMap<>();
        try {
            if (given == null) {
                startContainers(names);
            }
            Thread.sleep(5000);
            long dockerd = BenchSupport.dockerdPid();
            BenchSupport.result("containers", n, "");
            BenchSupport.result("window_s", seconds, "s");
            BenchSupport.result("rounds", rounds, "");
            try (DockerEngineSession session = (DockerEngineSession) new DockerEngineConnector().connect(BenchSupport.profile())) {
                // Warm-up, not recorded: the JIT compiles the sampling path before the first measured window.
                measureOurs(new LinkedHashMap<>(), session, names, DockerStatsSource.Mode.ONE_SHOT, Duration.ofSeconds(1),
                        "warmup", dockerd, 10);
                for (int r = 0; r < rounds; r++) {
                    measureIdle(m, dockerd, seconds);
                    if (MODES.contains("oneshot_2s")) {
                        measureOurs(m, session, names, DockerStatsSource.Mode.ONE_SHOT, Duration.ofSeconds(2), "oneshot_2s", dockerd, seconds);
                    }
                    if (MODES.contains("oneshot_1s")) {
                        measureOurs(m, session, names, DockerStatsSource.Mode.ONE_SHOT, Duration.ofSeconds(1), "oneshot_1s", dockerd, seconds);
                    }
                    if (MODES.contains("stream")) {
                        measureOurs(m, session, names, DockerStatsSource.Mode.STREAM, Duration.ofSeconds(1), "stream", dockerd, seconds);
                    }
                    if (MODES.contains("cli")) {
                        measureCli(m, session, names, dockerd, seconds);
                    }
                    System.err.println("[bench] stats round " + (r + 1) + " of " + rounds + " done");
                }
            }
            m.forEach((k, v) -> BenchSupport.result(k, BenchSupport.median(v), unit(k)));
            for (String mode : List.of("oneshot_2s", "oneshot_1s", "stream", "docker_stats_cli")) {
                BenchSupport.result("dockerd_cpu_added_" + mode + "_pct", added(m, mode), "% of a core");
            }
            m.forEach((k, v) -> System.out.println("RAW " + k + " " + v));
        } finally {
            List<String> rm = new ArrayList<>(List.of("rm", "-f"));
            rm.addAll(created);
            try {
                if (!created.isEmpty()) {
                    BenchSupport.docker(rm.toArray(String[]::new));
                }
            } catch (IllegalStateException someNeverCreated) {
                System.err.println("[bench] " + someNeverCreated.getMessage()); // the others are removed all the same
            }
        }
        System.exit(0);
    }

    /** Several `docker run` at a time: one after the other, 100 took about 4 minutes of the exclusive CPU lock. */
    private static void startContainers(List<String> names) throws Exception {
        java.util.concurrent.ExecutorService starters = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            for (java.util.concurrent.Future<String> f : starters.invokeAll(names.stream()
                    .map(name -> (java.util.concurrent.Callable<String>) () ->
                            BenchSupport.docker("run", "-d", "--name", name, "gantry-test/busybox:1"))
                    .toList())) {
                f.get();
            }
        } finally {
            starters.shutdown();
        }
    }

    /** Median over rounds of (mode window - that round's idle window). */
    private static double added(Map<String, List<Double>> m, String mode) {
        List<Double> with = m.get("dockerd_cpu_" + mode + "_pct");
        List<Double> idle = m.get("dockerd_cpu_baseline_pct");
        List<Double> d = new ArrayList<>();
        if (with == null) {
            return Double.NaN;
        }
        for (int i = 0; i < Math.min(with.size(), idle.size()); i++) {
            d.add(with.get(i) - idle.get(i));
        }
        return BenchSupport.median(d);
    }

    private static String unit(String key) {
        return key.startsWith("samples") ? "samples/s" : key.startsWith("gap") ? "s"
                : key.startsWith("load") || key.startsWith("containers") ? "" : "% of a core";
    }

    private static void add(Map<String, List<Double>> m, String key, double v) {
        m.computeIfAbsent(key, k -> new ArrayList<>()).add(v);
        System.out.printf(java.util.Locale.ROOT, "WINDOW %s %.3f%n", key, v);
        System.out.flush();
    }

    private static double pct(long ticks, long nanos) {
        return ticks / 100.0 / (nanos / 1e9) * 100.0; // % of one core
    }

    private static void measureIdle(Map<String, List<Double>> m, long dockerd, int seconds) throws Exception {
        long d0 = BenchSupport.cpuTicks(dockerd);
        long own0 = BenchSupport.ownCpuNanos();
        long t0 = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        long dt = System.nanoTime() - t0;
        add(m, "dockerd_cpu_baseline_pct", pct(BenchSupport.cpuTicks(dockerd) - d0, dt));
        add(m, "own_cpu_baseline_pct", (BenchSupport.ownCpuNanos() - own0) / (double) dt * 100);
        add(m, "load_1min_baseline", BenchSupport.loadAverage());
    }

    private static void measureOurs(Map<String, List<Double>> m, DockerEngineSession session, List<String> names,
                                    DockerStatsSource.Mode mode, Duration period, String label, long dockerd,
                                    int seconds) throws Exception {
        DockerStatsSource stats = session.stats();
        stats.configure(mode, period, Duration.ofSeconds(15));
        AtomicLong samples = new AtomicLong();
        SampleTimes times = new SampleTimes();
        List<Subscription> subs = new ArrayList<>();
        for (String name : names) {
            subs.add(stats.watch(name, SamplingRate.NORMAL, s -> {
                samples.incrementAndGet();
                times.add(s);
            }));
        }
        Thread.sleep(5000); // warm up: every watch started
        Map<String, Map.Entry<String, Long>> threads0 = threadTicks();
        long[] userSys0 = userSysTicks();
        long own0 = BenchSupport.ownCpuNanos();
        long d0 = BenchSupport.cpuTicks(dockerd);
        long s0 = samples.get();
        times.start();
        long t0 = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        long dt = System.nanoTime() - t0;
        add(m, "dockerd_cpu_" + label + "_pct", pct(BenchSupport.cpuTicks(dockerd) - d0, dt));
        long own = BenchSupport.ownCpuNanos() - own0;
        long[] userSys1 = userSysTicks();
        Map<String, Map.Entry<String, Long>> threads1 = threadTicks();
        add(m, "own_cpu_" + label + "_pct", own / (double) dt * 100);
        add(m, "own_cpu_user_" + label + "_pct", pct(userSys1[0] - userSys0[0], dt));
        add(m, "own_cpu_kernel_" + label + "_pct", pct(userSys1[1] - userSys0[1], dt));
        printThreads(label, threads0, threads1, dt, own);
        add(m, "samples_per_s_" + label, (samples.get() - s0) / (dt / 1e9));
        add(m, "containers_sampled_" + label, times.containers());
        add(m, "gap_median_s_" + label, times.medianGapSeconds());
        add(m, "load_1min_" + label, BenchSupport.loadAverage());
        subs.forEach(Subscription::close);
        Thread.sleep(3000);
    }

    /** This process's user and kernel CPU so far, in clock ticks (/proc/self/stat utime, stime). */
    private static long[] userSysTicks() throws java.io.IOException {
        String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/stat"));
        return new long[] {field(stat, 11), field(stat, 12)};
    }

    /** Per live thread (by tid): its name without digits and its CPU clock ticks so far. */
    private static Map<String, Map.Entry<String, Long>> threadTicks() throws java.io.IOException {
        Map<String, Map.Entry<String, Long>> byTid = new java.util.HashMap<>();
        try (java.util.stream.Stream<java.nio.file.Path> tasks = java.nio.file.Files.list(java.nio.file.Path.of("/proc/self/task"))) {
            for (java.nio.file.Path t : (Iterable<java.nio.file.Path>) tasks::iterator) {
                String stat;
                try {
                    stat = java.nio.file.Files.readString(t.resolve("stat"));
                } catch (java.io.IOException gone) {
                    continue; // the thread ended meanwhile
                }
                byTid.put(t.getFileName().toString(), Map.entry(
                        withoutNumbers(stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'))),
                        field(stat, 11) + field(stat, 12)));
            }
        }
        return byTid;
    }

    /**
     * THREADS label name=% ... lost=%: the CPU each thread group used in the window, per thread (one
     * born in the window counts from 0); "lost" is what threads that ended in the window used (the
     * process total less the sum), which /proc no longer shows.
     */
    private static void printThreads(String label, Map<String, Map.Entry<String, Long>> before,
                                     Map<String, Map.Entry<String, Long>> after, long nanos, long ownNanos) {
        Map<String, Long> byName = new java.util.TreeMap<>();
        after.forEach((tid, e) -> {
            Map.Entry<String, Long> b = before.get(tid);
            byName.merge(e.getKey(), e.getValue() - (b == null ? 0 : b.getValue()), Long::sum);
        });
        StringBuilder line = new StringBuilder("THREADS " + label);
        long sum = byName.values().stream().mapToLong(Long::longValue).sum();
        byName.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
                .forEach(e -> line.append(String.format(java.util.Locale.ROOT, " %s=%.2f", e.getKey().replace(' ', '_'),
                        pct(e.getValue(), nanos))));
        line.append(String.format(java.util.Locale.ROOT, " lost=%.2f", ownNanos / (double) nanos * 100 - pct(sum, nanos)));
        System.out.println(line);
        System.out.flush();
    }

    // Plain loops, no split or regex: these run at the edges of a window, and what they make the JIT
    // compile (String.split took C2 0.1 s) would be counted in the window.
    private static String withoutNumbers(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            if (!digit) {
                b.append(c);
            } else if (b.length() == 0 || b.charAt(b.length() - 1) != '#') {
                b.append('#');
            }
        }
        return b.toString();
    }

    /** The n-th space-separated field after the ")" that ends the thread's name in /proc/.../stat. */
    private static long field(String stat, int n) {
        int from = stat.lastIndexOf(')') + 2;
        for (int i = 0; i < n; i++) {
            from = stat.indexOf(' ', from) + 1;
        }
        int to = stat.indexOf(' ', from);
        return Long.parseLong(stat.substring(from, to < 0 ? stat.length() : to));
    }

    /**
     * The engine's read time of every sample after {@link #start()}, per container: how many containers
     * were sampled in the window and the median gap between two samples of the same container.
     */
    private static final class SampleTimes {
        private final Map<String, List<java.time.Instant>> byContainer = new java.util.concurrent.ConcurrentHashMap<>();
        private volatile boolean started;

        void start() {
            byContainer.clear();
            started = true;
        }

        void add(dev.gantry.adapter.api.stats.ContainerStats s) {
            if (started) {
                byContainer.computeIfAbsent(s.containerId(), k -> java.util.Collections.synchronizedList(new ArrayList<>()))
                        .add(s.time());
            }
        }

        double containers() {
            return byContainer.size();
        }

        double medianGapSeconds() {
            List<Double> gaps = new ArrayList<>();
            for (List<java.time.Instant> ts : byContainer.values()) {
                synchronized (ts) {
                    for (int i = 1; i < ts.size(); i++) {
                        gaps.add(Duration.between(ts.get(i - 1), ts.get(i)).toMillis() / 1000.0);
                    }
                }
            }
            return gaps.isEmpty() ? Double.NaN : BenchSupport.median(gaps);
        }
    }

    private static void measureCli(Map<String, List<Double>> m, DockerEngineSession session, List<String> names,
                                   long dockerd, int seconds) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(CLI, "-H", BenchSupport.host(), "stats", "--format",
                "{{.Name}} {{.CPUPerc}} {{.MemUsage}}"));
        cmd.addAll(names);
        java.io.File err = java.io.File.createTempFile("gt-bench-stats-cli", ".err");
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err).start();
        try {
            Thread.sleep(5000);
            if (!p.isAlive()) {
                System.err.println("[bench] docker stats exited early (" + p.exitValue() + "): "
                        + java.nio.file.Files.readString(err.toPath()).strip());
                return;
            }
            // The CLI's own rate cannot be read from its redrawn screen: a probe stream on one of the same
            // containers gets that container's samples at the same collector ticks as the CLI's stream.
            DockerStatsSource probe = session.stats();
            probe.configure(DockerStatsSource.Mode.STREAM, Duration.ofSeconds(1), Duration.ofSeconds(15));
            SampleTimes times = new SampleTimes();
            Subscription sub = probe.watch(names.get(0), SamplingRate.NORMAL, times::add);
            Thread.sleep(2000);
            long c0 = BenchSupport.cpuTicks(p.pid());
            long d0 = BenchSupport.cpuTicks(dockerd);
            times.start();
            long t0 = System.nanoTime();
            Thread.sleep(seconds * 1000L);
            long dt = System.nanoTime() - t0;
            sub.close();
            add(m, "dockerd_cpu_docker_stats_cli_pct", pct(BenchSupport.cpuTicks(dockerd) - d0, dt));
            add(m, "own_cpu_docker_stats_cli_pct", pct(BenchSupport.cpuTicks(p.pid()) - c0, dt));
            add(m, "gap_median_s_docker_stats_cli", times.medianGapSeconds());
            add(m, "samples_per_s_docker_stats_cli_est", names.size() / times.medianGapSeconds());
            add(m, "load_1min_docker_stats_cli", BenchSupport.loadAverage());
        } finally {
            err.delete();
            p.destroy(); // docker stats 28 can ignore SIGTERM while it waits on the engine
            if (!p.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
        }
        Thread.sleep(3000);
    }
}
