package dev.gantry.adapter.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.stats.ContainerStats;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatsHistoryTest {

    private static ContainerStats at(Instant t, double cpu) {
        return new ContainerStats("id", "n", t, cpu, 100, 1000, 10, 1, 2, 3, 4, 0, 0, 0, 0, 1);
    }

    @Test
    void ringBufferHoldsItsCapacity() {
        StatsHistory h = new StatsHistory(Duration.ofHours(1), 100);
        Instant t0 = Instant.parse("2026-11-25T00:00:00Z");
        for (int i = 0; i < 1000; i++) {
            h.add(at(t0.plusMillis(i * 100L), i));
        }
        assertEquals(100, h.size());
        assertEquals(900, h.points().get(0).cpuPercent(), 1e-6);
        assertArrayEquals(new double[] {997, 998, 999}, h.last(3, StatsHistory.Figure.CPU), 1e-6);
    }

    @Test
    void retentionWindowDropsOldPointsAndDefaultsToOneHour() {
        assertEquals(Duration.ofHours(1), StatsHistory.DEFAULT_RETENTION);
        StatsHistory h = new StatsHistory(Duration.ofSeconds(60));
        Instant t0 = Instant.parse("2026-11-25T00:00:00Z");
        for (int i = 0; i < 300; i++) {
            h.add(at(t0.plusSeconds(i), i));
        }
        List<StatsHistory.Point> pts = h.points();
        assertTrue(pts.size() <= 61, "within the window: " + pts.size());
        assertEquals(t0.plusSeconds(239).toEpochMilli(), pts.get(0).timeMillis());
    }

    @Test
    void csvExportHasAHeaderAndOneRowPerPoint() {
        StatsHistory h = new StatsHistory(Duration.ofMinutes(5));
        h.add(at(Instant.parse("2026-11-25T00:00:00Z"), 12.5));
        StringWriter w = new StringWriter();
        h.writeCsv(w);
        String[] lines = w.toString().split("\n");
        assertEquals(2, lines.length);
        assertTrue(lines[0].startsWith("time,cpu_percent,memory_used_bytes"));
        assertEquals("2026-11-25T00:00:00Z,12.50,100,1000,1.0,2.0,3.0,4.0", lines[1].strip());
    }

    @Test
    void aggregateSumsContainers() {
        Instant t = Instant.parse("2026-11-25T00:00:00Z");
        ContainerStats agg = StatsAggregate.of("web", List.of(at(t, 10), at(t.plusSeconds(1), 30)));
        assertEquals(40, agg.cpuPercent(), 1e-9);
        assertEquals(200, agg.memoryUsed());
        assertEquals(2000, agg.memoryLimit());
        assertEquals(10.0, agg.memoryPercent(), 1e-9);
        assertEquals(t.plusSeconds(1), agg.time());
    }
}
