package dev.gantry.adapter.stats;

import java.time.Instant;

/**
 * The engine's counters of one stats read, before any computation (what /containers/ID/stats gives).
 *
 * @param totalInactiveFile cgroup v1 "total_inactive_file", or null when absent (cgroup v2)
 * @param inactiveFile      cgroup v2 "inactive_file" (0 when absent)
 * @param preCpuTotal       precpu_stats total usage; 0 when the engine sent none (one-shot)
 */
public record RawStats(
        Instant read,
        long cpuTotal,
        long systemCpu,
        long onlineCpus,
        int perCpuCount,
        long preCpuTotal,
        long preSystemCpu,
        long memoryUsage,
        long memoryLimit,
        Long totalInactiveFile,
        long inactiveFile,
        long netRx,
        long netTx,
        long blockRead,
        long blockWrite,
        long pids) {

    /** True when the engine sent a previous CPU reading along (streaming or stream=false). */
    public boolean hasPreCpu() {
        return preSystemCpu > 0;
    }
}
