package dev.gantry.adapter.stats;

import dev.gantry.adapter.api.stats.ContainerStats;
import java.time.Duration;

/**
 * The docker CLI's figures (cli/command/container/stats_helpers.go), recomputed: CPU % with the
 * online CPU count (falling back to the per-CPU list), memory without inactive file cache, rates
 * from the previous sample.
 */
public final class StatsCalculator {

    private StatsCalculator() {
    }

    /** calculateCPUPercentUnix. */
    public static double cpuPercent(long previousCpu, long previousSystem, long cpuTotal, long systemCpu,
                                    long onlineCpus, int perCpuCount) {
        double cpuDelta = (double) cpuTotal - (double) previousCpu;
        double systemDelta = (double) systemCpu - (double) previousSystem;
        double cpus = onlineCpus;
        if (cpus == 0.0) {
            cpus = perCpuCount;
        }
        if (systemDelta > 0.0 && cpuDelta > 0.0) {
            return (cpuDelta / systemDelta) * cpus * 100.0;
        }
        return 0.0;
    }

    /** calculateMemUsageUnixNoCache: cgroup v1 total_inactive_file, else v2 inactive_file. */
    public static long memoryUsedNoCache(long usage, Long totalInactiveFile, long inactiveFile) {
        if (totalInactiveFile != null && totalInactiveFile < usage) {
            return usage - totalInactiveFile;
        }
        if (inactiveFile < usage) {
            return usage - inactiveFile;
        }
        return usage;
    }

    /** calculateMemPercentUnixNoCache. */
    public static double memoryPercent(long limit, long usedNoCache) {
        return limit != 0 ? (double) usedNoCache / (double) limit * 100.0 : 0.0;
    }

    /**
     * Computes a sample. CPU uses the engine's precpu when it sent one, else {@code previous} (our own
     * last read, for one-shot sampling); rates use {@code previous}, 0 without one.
     */
    public static ContainerStats compute(String id, String name, RawStats now, RawStats previous) {
        double cpu;
        if (now.hasPreCpu()) {
            cpu = cpuPercent(now.preCpuTotal(), now.preSystemCpu(), now.cpuTotal(), now.systemCpu(),
                    now.onlineCpus(), now.perCpuCount());
        } else if (previous != null) {
            cpu = cpuPercent(previous.cpuTotal(), previous.systemCpu(), now.cpuTotal(), now.systemCpu(),
                    now.onlineCpus(), now.perCpuCount());
        } else {
            cpu = 0.0;
        }
        long used = memoryUsedNoCache(now.memoryUsage(), now.totalInactiveFile(), now.inactiveFile());
        double seconds = previous == null ? 0 : Duration.between(previous.read(), now.read()).toNanos() / 1e9;
        return new ContainerStats(id, name, now.read(), cpu, used, now.memoryLimit(),
                memoryPercent(now.memoryLimit(), used),
                rate(previous == null ? 0 : previous.netRx(), now.netRx(), seconds),
                rate(previous == null ? 0 : previous.netTx(), now.netTx(), seconds),
                rate(previous == null ? 0 : previous.blockRead(), now.blockRead(), seconds),
                rate(previous == null ? 0 : previous.blockWrite(), now.blockWrite(), seconds),
                now.netRx(), now.netTx(), now.blockRead(), now.blockWrite(), now.pids());
    }

    private static double rate(long before, long after, double seconds) {
        if (seconds <= 0 || after < before) {
            return 0.0;
        }
        return (after - before) / seconds;
    }
}
