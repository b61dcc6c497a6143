package dev.gantry.adapter.stats;

import dev.gantry.adapter.api.stats.ContainerStats;
import java.time.Instant;
import java.util.Collection;

/** Sums over a service's or stack's running containers: CPU % adds up like `docker stats` rows do. */
public final class StatsAggregate {

    private StatsAggregate() {
    }

    /**
     * One sample standing for all of {@code samples}, named {@code name}; memory percent is of the
     * summed limits. The time is the newest sample's.
     */
    public static ContainerStats of(String name, Collection<ContainerStats> samples) {
        double cpu = 0;
        long used = 0;
        long limit = 0;
        double rx = 0;
        double tx = 0;
        double br = 0;
        double bw = 0;
        long rxT = 0;
        long txT = 0;
        long brT = 0;
        long bwT = 0;
        long pids = 0;
        Instant time = Instant.EPOCH;
        for (ContainerStats s : samples) {
            cpu += s.cpuPercent();
            used += s.memoryUsed();
            limit += s.memoryLimit();
            rx += s.netRxPerSec();
            tx += s.netTxPerSec();
            br += s.blockReadPerSec();
            bw += s.blockWritePerSec();
            rxT += s.netRxTotal();
            txT += s.netTxTotal();
            brT += s.blockReadTotal();
            bwT += s.blockWriteTotal();
            pids += s.pids();
            if (s.time().isAfter(time)) {
                time = s.time();
            }
        }
        return new ContainerStats(name, name, time, cpu, used, limit, StatsCalculator.memoryPercent(limit, used),
                rx, tx, br, bw, rxT, txT, brT, bwT, pids);
    }
}
