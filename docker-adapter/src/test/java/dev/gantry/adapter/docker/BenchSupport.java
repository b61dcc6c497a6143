package dev.gantry.adapter.docker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Helpers for the benchmark mains (scripts/bench-logs.sh): CLI runs, medians, /proc CPU. Not tests. */
final class BenchSupport {

    private BenchSupport() {
    }

    static String host() {
        String h = System.getenv("GANTRY_TEST_DOCKER_HOST");
        if (h == null || h.isBlank()) {
            throw new IllegalStateException("GANTRY_TEST_DOCKER_HOST is not set: eval \"$(scripts/test-engine.sh env)\" first");
        }
        return h;
    }

    static dev.gantry.adapter.api.EndpointProfile profile() {
        return new dev.gantry.adapter.api.EndpointProfile("bench", java.net.URI.create(host()), null, false,
                dev.gantry.adapter.api.EndpointProfile.Source.USER);
    }

    static String docker(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("docker", "-H", host()));
        cmd.addAll(Arrays.asList(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", cmd) + " failed: " + out);
        }
        return out;
    }

    static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        s.sort(Double::compare);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    /** utime + stime of a process in clock ticks (USER_HZ = 100 here). */
    static long cpuTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    /** The pid of the dockerd being measured: GANTRY_BENCH_DOCKERD_PIDFILE, else the test engine's. */
    static long dockerdPid() throws IOException {
        String file = System.getenv().getOrDefault("GANTRY_BENCH_DOCKERD_PIDFILE", "/tmp/gantry-engine/docker.pid");
        return Long.parseLong(Files.readString(Path.of(file)).strip());
    }

    /** CPU seconds (user + system) a docker CLI command took, its output discarded; measured by the shell's {@code times}. */
    static double cliCpuSeconds(String... args) throws IOException, InterruptedException {
        StringBuilder cmd = new StringBuilder("docker -H '").append(host()).append("'");
        for (String a : args) {
            cmd.append(" '").append(a).append("'");
        }
        cmd.append(" >/dev/null 2>&1; times");
        Process p = new ProcessBuilder("bash", "-c", cmd.toString()).redirectErrorStream(true).start();
        List<String> lines = new String(p.getInputStream().readAllBytes()).strip().lines().toList();
        p.waitFor();
        // times prints the shell's own user/sys, then its children's: "0m1.234s 0m0.567s"
        String[] children = lines.get(lines.size() - 1).trim().split("\\s+");
        return shellSeconds(children[0]) + shellSeconds(children[1]);
    }

    private static double shellSeconds(String t) {
        int m = t.indexOf('m');
        return Double.parseDouble(t.substring(0, m)) * 60 + Double.parseDouble(t.substring(m + 1, t.length() - 1));
    }

    /** CPU time of this JVM, every thread (JIT and GC included). */
    static long ownCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static double loadAverage() throws IOException {
        return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    }

    static void result(String key, double value, String unit) {
        System.out.printf(java.util.Locale.ROOT, "RESULT %s %.3f %s%n", key, value, unit);
    }
}
