package dev.gantry.adapter.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gantry.adapter.api.stats.ContainerStats;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StatsCalculatorTest {

    @Test
    void cpuPercentUsesOnlineCpusAndFallsBackToThePerCpuList() {
        // 0.5 s of CPU over 2 s of system time (all cores) on 4 CPUs = 100 %
        assertEquals(100.0, StatsCalculator.cpuPercent(1_000, 10_000, 500_001_000, 2_000_010_000L, 4, 0), 1e-9);
        assertEquals(100.0, StatsCalculator.cpuPercent(1_000, 10_000, 500_001_000, 2_000_010_000L, 0, 4), 1e-9);
        assertEquals(0.0, StatsCalculator.cpuPercent(5, 5, 5, 10, 2, 2), "no CPU delta");
        assertEquals(0.0, StatsCalculator.cpuPercent(5, 10, 9, 10, 2, 2), "no system delta");
    }

    @Test
    void memoryExcludesInactiveFileLikeTheCli() {
        assertEquals(700, StatsCalculator.memoryUsedNoCache(1000, 300L, 0), "cgroup v1 total_inactive_file");
        assertEquals(800, StatsCalculator.memoryUsedNoCache(1000, null, 200), "cgroup v2 inactive_file");
        assertEquals(1000, StatsCalculator.memoryUsedNoCache(1000, 5000L, 5000), "cache larger than usage is ignored");
        assertEquals(50.0, StatsCalculator.memoryPercent(2000, 1000), 1e-9);
        assertEquals(0.0, StatsCalculator.memoryPercent(0, 1000));
    }

    @Test
    void oneShotSamplesUseThePreviousReadAndRatesArePerSecond() {
        Instant t0 = Instant.parse("2026-11-25T00:00:00Z");
        RawStats a = new RawStats(t0, 1_000_000_000L, 100_000_000_000L, 2, 2, 0, 0, 1000, 4000, null, 0, 100, 200, 0, 0, 3);
        RawStats b = new RawStats(t0.plusSeconds(2), 2_000_000_000L, 104_000_000_000L, 2, 2, 0, 0, 1000, 4000, null, 0,
                2100, 4200, 4096, 8192, 3);
        ContainerStats s = StatsCalculator.compute("id", "name", b, a);
        assertEquals(50.0, s.cpuPercent(), 1e-9, "1 s CPU of 4 s system on 2 CPUs");
        assertEquals(1000.0, s.netRxPerSec(), 1e-9);
        assertEquals(2000.0, s.netTxPerSec(), 1e-9);
        assertEquals(2048.0, s.blockReadPerSec(), 1e-9);
        assertEquals(4096.0, s.blockWritePerSec(), 1e-9);
        assertEquals(25.0, s.memoryPercent(), 1e-9);
        assertEquals(0.0, StatsCalculator.compute("id", "name", a, null).cpuPercent(), "first one-shot sample");
    }
}
