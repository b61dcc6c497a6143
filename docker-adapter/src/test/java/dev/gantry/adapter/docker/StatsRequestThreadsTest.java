package dev.gantry.adapter.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.EndpointProfile;
import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.api.Subscription;
import dev.gantry.adapter.api.stats.ContainerStats;
import dev.gantry.adapter.api.stats.SamplingRate;
import dev.gantry.adapter.api.stats.StatsListener;
import dev.gantry.adapter.testing.TestEngine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Many containers sampled at once hold a request each until the engine's next tick; those requests
 * must not hold a thread each (40 containers once meant 40 gantry-stats-N threads), over the unix
 * socket and over mutual TLS, and every container must still get its samples.
 */
class StatsRequestThreadsTest {

    private static final int N = 40;
    private static final String PREFIX = "gt-statsnio-" + UUID.randomUUID().toString().substring(0, 6) + "-";
    private static final List<String> NAMES = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void createContainers() throws Exception {
        TestEngine.host(); // skips the class when no test engine is set
        List<String> names = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            names.add(PREFIX + i);
        }
        TestEngine.runBusyboxes(names, NAMES);
    }

    @AfterAll
    static void removeContainers() {
        TestEngine.removeContainers(NAMES);
    }

    @Test
    void manyRequestsInFlightOverTheUnixSocketHoldOneThread() throws Exception {
        sampleAllAndCountThreads(TestEngine.profile());
    }

    @Test
    void manyRequestsInFlightOverMutualTlsHoldOneThread() throws Exception {
        sampleAllAndCountThreads(TestEngine.tlsProfile());
    }

    @Test
    void aSingleSampleOverTlsHasFigures() {
        try (DockerEngineSession session = (DockerEngineSession) new DockerEngineConnector().connect(TestEngine.tlsProfile())) {
            ContainerStats s = session.stats().sample(NAMES.get(0));
            assertEquals(NAMES.get(0), s.containerName());
            assertTrue(s.memoryUsed() > 0, "memory of a running container: " + s.memoryUsed());
        }
    }

    /** A watched container that goes away is reported to its watch as not found, as before. */
    @Test
    void aRemovedContainerIsReportedAsNotFound() throws Exception {
        String name = PREFIX + "gone";
        NAMES.add(name);
        TestEngine.docker("run", "-d", "--name", name, "gantry-test/busybox:1");
        try (DockerEngineSession session = (DockerEngineSession) new DockerEngineConnector().connect(TestEngine.profile())) {
            session.stats().configure(DockerStatsSource.Mode.ONE_SHOT, Duration.ofSeconds(1), Duration.ofSeconds(15));
            AtomicInteger samples = new AtomicInteger();
            List<EngineException> errors = Collections.synchronizedList(new ArrayList<>());
            Subscription sub = session.stats().watch(name, SamplingRate.NORMAL, new StatsListener() {
                @Override
                public void onSample(ContainerStats stats) {
                    samples.incrementAndGet();
                }

                @Override
                public void onError(String containerId, EngineException error) {
                    errors.add(error);
                }
            });
            try {
                await(() -> samples.get() > 0, Duration.ofSeconds(15));
                assertTrue(samples.get() > 0, "no sample before the removal");
                TestEngine.docker("rm", "-f", name);
                await(() -> !errors.isEmpty(), Duration.ofSeconds(15));
            } finally {
                sub.close();
            }
            assertTrue(!errors.isEmpty(), "no error after the container was removed");
            assertEquals(EngineException.Kind.NOT_FOUND, errors.get(0).kind(), errors.get(0).getMessage());
        }
    }

    /** A watch of a container the engine does not know hears the engine's own sentence, as before. */
    @Test
    void aWatchOfAnUnknownContainerIsReportedAsNotFound() throws Exception {
        String name = PREFIX + "never-made";
        try (DockerEngineSession session = (DockerEngineSession) new DockerEngineConnector().connect(TestEngine.profile())) {
            List<String> refs = Collections.synchronizedList(new ArrayList<>());
            List<EngineException> errors = Collections.synchronizedList(new ArrayList<>());
            Subscription sub = session.stats().watch(name, SamplingRate.NORMAL, new StatsListener() {
                @Override
                public void onSample(ContainerStats stats) {
                }

                @Override
                public void onError(String ref, EngineException error) {
                    refs.add(ref);
                    errors.add(error);
                }
            });
            try {
                await(() -> !errors.isEmpty(), Duration.ofSeconds(10));
            } finally {
                sub.close();
            }
            assertEquals(List.of(name), refs);
            assertEquals(EngineException.Kind.NOT_FOUND, errors.get(0).kind());
            assertEquals("No such container: " + name, errors.get(0).getMessage());
        }
    }

    private static void sampleAllAndCountThreads(EndpointProfile profile) throws Exception {
        try (DockerEngineSession session = (DockerEngineSession) new DockerEngineConnector().connect(profile)) {
            session.stats().configure(DockerStatsSource.Mode.ONE_SHOT, Duration.ofSeconds(1), Duration.ofSeconds(15));
            int threadsBefore = Thread.activeCount();
            Map<String, AtomicInteger> samples = new ConcurrentHashMap<>();
            List<Subscription> subs = new ArrayList<>();
            int mostStatsThreads = 0;
            int mostThreads = 0;
            try {
                for (int i = 0; i < N; i++) {
                    subs.add(session.stats().watch(PREFIX + i, SamplingRate.NORMAL,
                            s -> samples.computeIfAbsent(s.containerName(), k -> new AtomicInteger()).incrementAndGet()));
                }
                // every watch started, then several ticks with all N requests held at once
                long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                while (System.nanoTime() < end) {
                    mostStatsThreads = Math.max(mostStatsThreads, statsThreads());
                    mostThreads = Math.max(mostThreads, Thread.activeCount());
                    Thread.sleep(200);
                }
            } finally {
                subs.forEach(Subscription::close);
            }
            assertEquals(N, samples.size(), "containers sampled: " + samples.keySet());
            int fewest = samples.values().stream().mapToInt(AtomicInteger::get).min().orElse(0);
            assertTrue(fewest >= 3, "the least sampled container got " + fewest + " samples in 10 s: " + samples);
            assertTrue(mostStatsThreads <= 1, mostStatsThreads + " live gantry-stats threads for " + N + " containers");
            // the session's scheduler (4) and the I/O thread, plus slack for the JVM's own
            assertTrue(mostThreads - threadsBefore <= 8, "sampling " + N + " containers added "
                    + (mostThreads - threadsBefore) + " threads");
        }
    }

    private static int statsThreads() {
        return (int) Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("gantry-stats"))
                .count();
    }

    private static void await(java.util.function.BooleanSupplier done, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }
}
