package dev.gantry.adapter.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.Subscription;
import dev.gantry.adapter.api.stats.ContainerStats;
import dev.gantry.adapter.api.stats.SamplingRate;
import dev.gantry.adapter.api.stats.StatsListener;
import dev.gantry.adapter.api.stats.StatsSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GroupWatchTest {

    private static ContainerStats sample(String id, double cpu) {
        return new ContainerStats(id, id, Instant.EPOCH, cpu, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    @Test
    void aGroupSumsItsMembersAndFollowsMembershipChanges() {
        FakeStats stats = new FakeStats();
        List<ContainerStats> out = new ArrayList<>();
        try (GroupWatch w = GroupWatch.summed(stats, "web", List.of("a", "b"), SamplingRate.NORMAL, collect(out))) {
            assertEquals(Set.of("a", "b"), stats.open.keySet());
            stats.emit(sample("a", 10));
            stats.emit(sample("b", 20));
            assertEquals(1, out.size());
            assertEquals(30.0, out.get(0).cpuPercent(), 1e-9);
            assertEquals("web", out.get(0).containerName());

            w.setMembers(List.of("b", "c"));
            assertEquals(Set.of("b", "c"), stats.open.keySet(), "a's watch closed, c's opened");
            assertEquals(1, stats.opened.get("b"), "b's watch was kept, not reopened");
            stats.emit(sample("b", 1));
            stats.emit(sample("c", 2));
            assertEquals(3.0, out.get(1).cpuPercent(), 1e-9);

            w.setRate(SamplingRate.SLOW);
            assertEquals(SamplingRate.SLOW, stats.open.get("c"));
        }
        assertTrue(stats.open.isEmpty(), "closing closes every member's watch");
    }

    @Test
    void aSingleContainerPassesItsSamplesThrough() {
        FakeStats stats = new FakeStats();
        List<ContainerStats> out = new ArrayList<>();
        try (GroupWatch w = GroupWatch.single(stats, "a", SamplingRate.SLOW, collect(out))) {
            stats.emit(sample("a", 7));
            stats.emit(sample("a", 8));
            assertEquals(List.of("a", "a"), out.stream().map(ContainerStats::containerName).toList());
            assertEquals(SamplingRate.SLOW, stats.open.get("a"));
        }
    }

    private static StatsListener collect(List<ContainerStats> out) {
        return out::add;
    }

    /** Records open watches with their rates and hands emitted samples to the watch of that container. */
    private static final class FakeStats implements StatsSource {
        final Map<String, SamplingRate> open = new HashMap<>();
        final Map<String, Integer> opened = new HashMap<>();
        final Map<String, StatsListener> listeners = new HashMap<>();
        final Map<Subscription, String> ids = new HashMap<>();

        void emit(ContainerStats s) {
            listeners.get(s.containerId()).onSample(s);
        }

        @Override
        public ContainerStats sample(String containerIdOrName) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Subscription watch(String id, SamplingRate rate, StatsListener listener) {
            open.put(id, rate);
            opened.merge(id, 1, Integer::sum);
            listeners.put(id, listener);
            Subscription s = () -> {
                open.remove(id);
                listeners.remove(id);
            };
            ids.put(s, id);
            return s;
        }

        @Override
        public void setRate(Subscription watch, SamplingRate rate) {
            open.put(ids.get(watch), rate);
        }
    }
}
