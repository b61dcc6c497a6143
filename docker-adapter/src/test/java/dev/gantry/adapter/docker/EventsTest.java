package dev.gantry.adapter.docker;

import static dev.gantry.adapter.testing.TestEngine.docker;
import static dev.gantry.adapter.testing.TestEngine.dockerResult;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.EndpointProfile;
import dev.gantry.adapter.api.EngineSession;
import dev.gantry.adapter.api.Subscription;
import dev.gantry.adapter.testing.Poll;
import dev.gantry.adapter.testing.RecordingListener;
import dev.gantry.adapter.testing.TestEngine;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The engine's event stream, seen through a subscription. */
class EventsTest {

    private static final Duration WITHIN = Duration.ofSeconds(2);

    private EngineSession session;
    private final List<String> created = new ArrayList<>();

    @BeforeEach
    void connect() {
        session = new DockerEngineConnector().connect(TestEngine.profile());
    }

    @AfterEach
    void cleanUp() {
        if (!created.isEmpty()) {
            List<String> args = new ArrayList<>(List.of("rm", "-f"));
            args.addAll(created);
            dockerResult(args.toArray(String[]::new));
        }
        session.close();
    }

    private String name() {
        String n = Poll.uniqueName("gt-ev");
        created.add(n);
        return n;
    }

    @Test
    void aContainerStartedAndStoppedIsSeenAsEventsWithinTwoSecondsEach() {
        RecordingListener listener = new RecordingListener();
        try (Subscription ignored = session.subscribeEvents(listener)) {
            assertTrue(listener.awaitResyncs(1, Duration.ofSeconds(10)), "a resync right after the first connect");
            String name = name();

            docker("run", "-d", "--name", name, "gantry-test/busybox:1");
            long started = System.nanoTime();
            RecordingListener.Seen start = listener.awaitEvent(WITHIN.plusSeconds(3), RecordingListener.container(name, "start"));
            assertNotNull(start, "no start event");
            assertTrue(start.atNanos() - started < WITHIN.toNanos(), "start event after "
                    + Duration.ofNanos(start.atNanos() - started));
            assertEquals(64, start.event().actorId().length(), "the container's full id");
            assertNotNull(start.event().time());

            docker("stop", "-t", "1", name);
            long stopped = System.nanoTime();
            for (String action : List.of("die", "stop")) {
                RecordingListener.Seen seen = listener.awaitEvent(WITHIN.plusSeconds(3), RecordingListener.container(name, action));
                assertNotNull(seen, "no " + action + " event");
                assertTrue(seen.atNanos() - stopped < WITHIN.toNanos(), action + " event after "
                        + Duration.ofNanos(seen.atNanos() - stopped));
            }
            assertEquals("0", listener.awaitEvent(WITHIN, RecordingListener.container(name, "die")).event()
                    .attributes().get("exitCode"));
            assertTrue(listener.losses.isEmpty(), () -> "unexpected losses: " + listener.losses);
            assertEquals(1, listener.threads.size(), () -> "listener called on several threads: " + listener.threads);
        }
    }

    @Test
    void closeStopsPromptlyAndLeavesNoThread() {
        Set<Thread> before = streamThreads();
        RecordingListener listener = new RecordingListener();
        Subscription sub = session.subscribeEvents(listener);
        assertTrue(listener.awaitResyncs(1, Duration.ofSeconds(10)));
        Set<Thread> during = streamThreads();
        during.removeAll(before);
        assertFalse(during.isEmpty(), "the subscription runs on threads of its own");

        long t0 = System.nanoTime();
        sub.close();
        sub.close();
        assertTrue(System.nanoTime() - t0 < Duration.ofSeconds(3).toNanos(), "close took too long");
        Poll.until(Duration.ofSeconds(5), () -> during.stream().anyMatch(Thread::isAlive), alive -> !alive);
        assertTrue(during.stream().noneMatch(Thread::isAlive),
                () -> "still alive after close: " + during.stream().filter(Thread::isAlive).toList());

        int calls = listener.calls.get();
        String name = name();
        docker("run", "-d", "--name", name, "gantry-test/busybox:1");
        assertEquals(null, listener.awaitEvent(Duration.ofSeconds(1), RecordingListener.container(name, "start")));
        assertEquals(calls, listener.calls.get(), "no calls after close");
    }

    @Test
    void aListenerThatThrowsDoesNotStopTheStream() {
        RecordingListener recorder = new RecordingListener();
        try (Subscription ignored = session.subscribeEvents(new dev.gantry.adapter.api.EngineEventListener() {
            @Override
            public void onEvent(dev.gantry.adapter.api.EngineEvent event) {
                recorder.onEvent(event);
                throw new IllegalStateException("listener bug");
            }

            @Override
            public void onResync() {
                recorder.onResync();
            }
        })) {
            assertTrue(recorder.awaitResyncs(1, Duration.ofSeconds(10)));
            String first = name();
            docker("run", "-d", "--name", first, "gantry-test/busybox:1");
            assertNotNull(recorder.awaitEvent(Duration.ofSeconds(5), RecordingListener.container(first, "start")));
            String second = name();
            docker("run", "-d", "--name", second, "gantry-test/busybox:1");
            assertNotNull(recorder.awaitEvent(Duration.ofSeconds(5), RecordingListener.container(second, "start")));
        }
    }

    @Test
    void anEngineThatIsNotThereIsReportedAndRetriedWithoutThrowing() {
        EndpointProfile nowhere = new EndpointProfile("nowhere", URI.create("unix:///tmp/gantry-no-such-engine.sock"),
                null, false, EndpointProfile.Source.USER);
        var client = DockerClients.open(nowhere, null);
        RecordingListener listener = new RecordingListener();
        EventStream stream = EventStream.start(client, nowhere, listener);
        try {
            assertTrue(Poll.until(Duration.ofSeconds(10), listener.losses::size, n -> n >= 3) >= 3,
                    () -> "losses: " + listener.losses);
            var first = listener.losses.get(0);
            assertNotNull(first.reason().getMessage());
            assertTrue(first.retryIn().toMillis() >= 400 && first.retryIn().toMillis() <= 600, first.retryIn()::toString);
            assertTrue(listener.losses.get(2).retryIn().toMillis() >= 1600, "back-off grows: " + listener.losses);
            assertTrue(listener.resyncs.isEmpty());
        } finally {
            stream.close();
            DockerClients.closeQuietly(client);
        }
        assertFalse(stream.thread().isAlive());
    }

    /** Threads of event subscriptions and of docker-java's streams. */
    private static Set<Thread> streamThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("gantry-events-") || t.getName().startsWith("docker-java-"))
                .collect(Collectors.toSet());
    }
}
