package dev.gantry.adapter.docker;

import dev.gantry.adapter.api.Subscription;
import dev.gantry.adapter.api.stats.SamplingRate;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * dockerd's and our own CPU while watching N idle containers: one-shot sampling vs one stream per
 * container vs the `docker stats` CLI, side by side (run by scripts/bench-logs.sh).
 */
public final class StatsCostBench {

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        String prefix = "gt-logs-bench-" + UUID.randomUUID().toString().substring(0, 6) + "-";
        List<String> names = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                String name = prefix + i;
                BenchSupport.docker("run", "-d", "--name", name, "gantry-test/busybox:1");
                names.add(name);
            }
            Thread.sleep(5000);
            long dockerd = BenchSupport.dockerdPid();
            BenchSupport.result("containers", n, "");
            BenchSupport.result("window_s", seconds, "s");
            measureIdle(dockerd, seconds);
            try (DockerEngineSession session = (DockerEngineSession) new DockerEngineConnector().connect(BenchSupport.profile())) {
                measureOurs(session, names, DockerStatsSource.Mode.ONE_SHOT, Duration.ofSeconds(2), "oneshot_2s", dockerd, seconds);
                measureOurs(session, names, DockerStatsSource.Mode.ONE_SHOT, Duration.ofSeconds(1), "oneshot_1s", dockerd, seconds);
                measureOurs(session, names, DockerStatsSource.Mode.STREAM, Duration.ofSeconds(1), "stream", dockerd, seconds);
            }
            measureCli(names, dockerd, seconds);
        } finally {
            List<String> rm = new ArrayList<>(List.of("rm", "-f"));
            rm.addAll(names);
            if (!names.isEmpty()) {
                BenchSupport.docker(rm.toArray(String[]::new));
            }
        }
        System.exit(0);
    }

    private static double pct(long ticks, long nanos) {
        return ticks / 100.0 / (nanos / 1e9) * 100.0; // % of one core
    }

    private static void measureIdle(long dockerd, int seconds) throws Exception {
        long d0 = BenchSupport.cpuTicks(dockerd);
        long t0 = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        BenchSupport.result("dockerd_cpu_baseline_pct", pct(BenchSupport.cpuTicks(dockerd) - d0, System.nanoTime() - t0), "% of a core");
    }

    private static void measureOurs(DockerEngineSession session, List<String> names, DockerStatsSource.Mode mode,
                                    Duration period, String label, long dockerd, int seconds) throws Exception {
        DockerStatsSource stats = session.stats();
        stats.configure(mode, period, Duration.ofSeconds(15));
        AtomicLong samples = new AtomicLong();
        List<Subscription> subs = new ArrayList<>();
        for (String name : names) {
            subs.add(stats.watch(name, SamplingRate.NORMAL, s -> samples.incrementAndGet()));
        }
        Thread.sleep(5000); // warm up: every watch started
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long own0 = os.getProcessCpuTime();
        long d0 = BenchSupport.cpuTicks(dockerd);
        long s0 = samples.get();
        long t0 = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        long dt = System.nanoTime() - t0;
        BenchSupport.result("dockerd_cpu_" + label + "_pct", pct(BenchSupport.cpuTicks(dockerd) - d0, dt), "% of a core");
        BenchSupport.result("own_cpu_" + label + "_pct", (os.getProcessCpuTime() - own0) / (double) dt * 100, "% of a core");
        BenchSupport.result("samples_per_s_" + label, (samples.get() - s0) / (dt / 1e9), "samples/s");
        subs.forEach(Subscription::close);
        Thread.sleep(3000);
    }

    private static void measureCli(List<String> names, long dockerd, int seconds) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("docker", "-H", BenchSupport.host(), "stats", "--format",
                "{{.Name}} {{.CPUPerc}} {{.MemUsage}}"));
        cmd.addAll(names);
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            Thread.sleep(5000);
            long c0 = BenchSupport.cpuTicks(p.pid());
            long d0 = BenchSupport.cpuTicks(dockerd);
            long t0 = System.nanoTime();
            Thread.sleep(seconds * 1000L);
            long dt = System.nanoTime() - t0;
            BenchSupport.result("dockerd_cpu_docker_stats_cli_pct", pct(BenchSupport.cpuTicks(dockerd) - d0, dt), "% of a core");
            BenchSupport.result("own_cpu_docker_stats_cli_pct", pct(BenchSupport.cpuTicks(p.pid()) - c0, dt), "% of a core");
        } finally {
            p.destroy();
            p.waitFor();
        }
    }
}
