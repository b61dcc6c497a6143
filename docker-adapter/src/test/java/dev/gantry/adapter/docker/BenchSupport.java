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

    /** utime + stime + children's of a process in ticks (for a CLI that forks nothing, same as cpuTicks). */
    static long dockerdPid() throws IOException {
        return Long.parseLong(Files.readString(Path.of("/tmp/gantry-engine/docker.pid")).strip());
    }

    static void result(String key, double value, String unit) {
        System.out.printf(java.util.Locale.ROOT, "RESULT %s %.3f %s%n", key, value, unit);
    }
}
