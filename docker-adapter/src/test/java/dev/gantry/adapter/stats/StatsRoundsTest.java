package dev.gantry.adapter.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.stats.ContainerStats;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatsRoundsTest {

    private static ContainerStats sample(String id, double cpu, long mem, long second) {
        return new ContainerStats(id, id, Instant.ofEpochSecond(second), cpu, mem, 1000, mem / 10.0,
                1, 2, 3, 4, 10, 20, 30, 40, 1);
    }

    @Test
    void aRoundClosesWhenEveryMemberReportedAndSumsThem() {
        StatsRounds rounds = new StatsRounds("shop_web", List.of("a", "b", "c"));
        assertTrue(rounds.offer(sample("a", 10, 100, 1)).isEmpty());
        assertTrue(rounds.offer(sample("b", 20, 200, 1)).isEmpty());
        ContainerStats agg = rounds.offer(sample("c", 30, 300, 2)).orElseThrow();
        assertEquals("shop_web", agg.containerName());
        assertEquals(60.0, agg.cpuPercent(), 1e-9);
        assertEquals(600, agg.memoryUsed());
        assertEquals(3000, agg.memoryLimit());
        assertEquals(20.0, agg.memoryPercent(), 1e-9);
        assertEquals(3.0, agg.netRxPerSec(), 1e-9);
        assertEquals(Instant.ofEpochSecond(2), agg.time(), "the newest sample's time");
        assertTrue(rounds.offer(sample("a", 1, 1, 3)).isEmpty(), "a new round starts empty");
    }

    @Test
    void aMemberReportingTwiceClosesTheRoundWithEveryonesLatestSample() {
        StatsRounds rounds = new StatsRounds("s", List.of("fast", "slow"));
        assertTrue(rounds.offer(sample("fast", 10, 0, 1)).isEmpty());
        ContainerStats first = rounds.offer(sample("fast", 12, 0, 3)).orElseThrow();
        assertEquals(12.0, first.cpuPercent(), 1e-9, "slow has not reported yet");
        ContainerStats second = rounds.offer(sample("slow", 50, 0, 4)).orElseThrow();
        assertEquals(62.0, second.cpuPercent(), 1e-9, "fast's latest plus slow's first");
    }

    @Test
    void samplesOfNonMembersAreIgnoredAndFormerMembersForgotten() {
        StatsRounds rounds = new StatsRounds("s", List.of("a", "b"));
        assertTrue(rounds.offer(sample("x", 99, 0, 1)).isEmpty());
        assertTrue(rounds.offer(sample("a", 10, 0, 1)).isEmpty());
        rounds.setMembers(List.of("b", "c"));
        assertTrue(rounds.offer(sample("b", 20, 0, 2)).isEmpty());
        Optional<ContainerStats> agg = rounds.offer(sample("c", 30, 0, 2));
        assertEquals(50.0, agg.orElseThrow().cpuPercent(), 1e-9, "a's sample no longer counts");
    }

    @Test
    void aGroupOfOnePassesEverySampleOn() {
        StatsRounds rounds = new StatsRounds("one", List.of("a"));
        assertEquals(5.0, rounds.offer(sample("a", 5, 0, 1)).orElseThrow().cpuPercent(), 1e-9);
        assertEquals(7.0, rounds.offer(sample("a", 7, 0, 2)).orElseThrow().cpuPercent(), 1e-9);
    }
}
