package dev.gantry.adapter.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.Subscription;
import dev.gantry.adapter.api.stats.ContainerStats;
import dev.gantry.adapter.api.stats.SamplingRate;
import dev.gantry.adapter.testing.TestEngine;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * More watched containers than the sampler once had request threads (64) and connections (72): every
 * container must still be sampled, and as often as the engine's stats collector ticks. The tick is
 * measured beside the sampler by a stream on one more container, in a session of its own.
 */
class StatsManyContainersTest {

    private static final int N = 80;
    private static final String PREFIX = "gt-statsmany-" + UUID.randomUUID().toString().substring(0, 6) + "-";
    private static final List<String> NAMES = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void createContainers() throws Exception {
        TestEngine.host(); // skips the class when no test engine is set
        List<String> names = new ArrayList<>();
        for (int i = 0; i < N + 1; i++) {
            names.add(PREFIX + i);
        }
        TestEngine.runBusyboxes(names, NAMES);
    }

    @AfterAll
    static void removeContainers() {
        TestEngine.removeContainers(NAMES);
    }

    private static List<String> watched() {
        return List.of(NAMES.stream().filter(n -> !n.equals(PREFIX + N)).sorted().toArray(String[]::new));
    }

    @Test
    void oneShotSamplesEveryContainerAtEveryTickOfTheEngine() throws Exception {
        Window w = measure(DockerStatsSource.Mode.ONE_SHOT);
        assertEquals(N, w.sampled.size(), "containers sampled in the window");
        // dockerd answers a one-shot request at its collector's next tick: at a 1 s period every
        // container can get one sample per tick, like a stream. Requests that wait for a thread or a
        // connection miss ticks (64 threads for 80 containers: at most 0.8 samples a tick).
        assertTrue(w.samplesPerTick() >= 0.9, w.samplesPerTick() + " samples per container per tick of the engine");
    }

    @Test
    void streamsDeliverEveryContainer() throws Exception {
        Window w = measure(DockerStatsSource.Mode.STREAM);
        assertEquals(N, w.sampled.size(), "containers sampled in the window");
        assertTrue(w.samplesPerTick() >= 0.9, w.samplesPerTick() + " samples per container per tick of the engine");
    }

    /**
     * Slow watches (alert rules) of many containers that start together are spread over their period,
     * not all requested at the same moment: otherwise every round holds one thread and one connection
     * per container at once.
     */
    @Test
    void slowWatchesThatStartTogetherAreSpreadOverThePeriod() throws Exception {
        Duration slow = Duration.ofSeconds(4);
        try (DockerEngineSession session = (DockerEngineSession) new DockerEngineConnector().connect(TestEngine.profile())) {
            session.stats().configure(DockerStatsSource.Mode.ONE_SHOT, Duration.ofSeconds(1), slow);
            Map<String, Instant> first = new ConcurrentHashMap<>();
            List<Subscription> subs = new ArrayList<>();
            try {
                for (String name : watched()) {
                    subs.add(session.stats().watch(name, SamplingRate.SLOW, s -> first.putIfAbsent(s.containerId(), Instant.now())));
                }
                Thread.sleep(slow.toMillis() + 6000); // inspect of every container, then one period and a held request
            } finally {
                subs.forEach(Subscription::close);
            }
            assertEquals(N, first.size(), "every container sampled within one period");
            List<Instant> times = first.values().stream().sorted().toList();
            Duration spread = Duration.between(times.get(0), times.get(times.size() - 1));
            assertTrue(spread.compareTo(Duration.ofMillis(2000)) >= 0,
                    "first samples of " + N + " slow watches came within " + spread.toMillis() + " ms of each other");
            long inFirstSecond = times.stream().filter(t -> Duration.between(times.get(0), t).toMillis() < 1000).count();
            assertTrue(inFirstSecond <= N / 2, inFirstSecond + " of " + N + " requests answered in the first second");
        }
    }

    /** The samples of each watched container in the window, and how many the probe stream got (one a tick). */
    private record Window(Map<String, List<Instant>> sampled, int ticks) {
        double samplesPerTick() {
            int total = sampled.values().stream().mapToInt(List::size).sum();
            return total / (double) N / ticks;
        }
    }

    private static Window measure(DockerStatsSource.Mode mode) throws Exception {
        try (DockerEngineSession session = (DockerEngineSession) new DockerEngineConnector().connect(TestEngine.profile());
             DockerEngineSession probeSession = (DockerEngineSession) new DockerEngineConnector().connect(TestEngine.profile())) {
            session.stats().configure(mode, Duration.ofSeconds(1), Duration.ofSeconds(15));
            probeSession.stats().configure(DockerStatsSource.Mode.STREAM, Duration.ofSeconds(1), Duration.ofSeconds(15));
            Map<String, List<Instant>> times = new ConcurrentHashMap<>();
            List<Instant> probe = Collections.synchronizedList(new ArrayList<>());
            List<Subscription> subs = new ArrayList<>();
            java.util.concurrent.atomic.AtomicBoolean counting = new java.util.concurrent.atomic.AtomicBoolean();
            try {
                subs.add(probeSession.stats().watch(PREFIX + N, SamplingRate.NORMAL, s -> probe.add(s.time())));
                for (String name : watched()) {
                    subs.add(session.stats().watch(name, SamplingRate.NORMAL, s -> record(times, s, counting.get())));
                }
                Thread.sleep(8000); // every watch started and past its first sample
                probe.clear();
                counting.set(true);
                Thread.sleep(15000);
                counting.set(false);
            } finally {
                subs.forEach(Subscription::close);
            }
            int ticks = probe.size();
            assertTrue(ticks >= 2, "the probe stream got " + ticks + " samples in 15 s");
            return new Window(times, ticks);
        }
    }

    private static void record(Map<String, List<Instant>> times, ContainerStats s, boolean counting) {
        if (counting) {
            times.computeIfAbsent(s.containerId(), k -> Collections.synchronizedList(new ArrayList<>())).add(s.time());
        }
    }
}
