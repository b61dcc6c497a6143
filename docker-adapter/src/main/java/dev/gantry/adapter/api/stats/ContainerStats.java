package dev.gantry.adapter.api.stats;

import java.time.Instant;

/**
 * One resource sample of a container, with figures computed the way the docker CLI computes them.
 *
 * @param cpuPercent      CPU use; 100 means one full core (so up to online CPUs x 100)
 * @param memoryUsed      usage minus inactive file cache, in bytes
 * @param memoryLimit     the limit in bytes (the host's memory when the container has none)
 * @param memoryPercent   memoryUsed / memoryLimit x 100
 * @param netRxPerSec     received bytes per second since the previous sample (0 on the first)
 * @param netTxPerSec     sent bytes per second since the previous sample
 * @param blockReadPerSec block bytes read per second since the previous sample
 * @param blockWritePerSec block bytes written per second since the previous sample
 * @param netRxTotal      received bytes since the container started; likewise the other totals
 */
public record ContainerStats(
        String containerId,
        String containerName,
        Instant time,
        double cpuPercent,
        long memoryUsed,
        long memoryLimit,
        double memoryPercent,
        double netRxPerSec,
        double netTxPerSec,
        double blockReadPerSec,
        double blockWritePerSec,
        long netRxTotal,
        long netTxTotal,
        long blockReadTotal,
        long blockWriteTotal,
        long pids) {
}
