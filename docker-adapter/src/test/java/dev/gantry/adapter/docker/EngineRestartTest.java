package dev.gantry.adapter.docker;

import static dev.gantry.adapter.testing.TestEngine.docker;
import static dev.gantry.adapter.testing.TestEngine.dockerResult;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.EngineSession;
import dev.gantry.adapter.api.InventorySnapshot;
import dev.gantry.adapter.api.Subscription;
import dev.gantry.adapter.testing.Poll;
import dev.gantry.adapter.testing.RecordingListener;
import dev.gantry.adapter.testing.TestEngine;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Restarts the shared test engine (briefly) while subscribed: the subscription reports the loss,
 * reconnects by itself, signals a resync, and events flow again, with no exception escaping.
 */
class EngineRestartTest {

    @Test
    void theSubscriptionReconnectsAndResyncsAfterTheEngineRestarts() {
        List<Throwable> escaped = new CopyOnWriteArrayList<>();
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> escaped.add(e));
        String name = Poll.uniqueName("gt-restart");
        RecordingListener listener = new RecordingListener();
        try (EngineSession session = new DockerEngineConnector().connect(TestEngine.profile());
             Subscription ignored = session.subscribeEvents(listener)) {
            assertTrue(listener.awaitResyncs(1, Duration.ofSeconds(10)), "first resync");

            TestEngine.restart();
            long back = System.nanoTime();

            assertFalse(listener.losses.isEmpty(), "the loss was reported while the engine was down");
            listener.losses.forEach(l -> {
                assertNotNull(l.reason().getMessage());
                assertTrue(l.retryIn().toMillis() > 0 && l.retryIn().toMillis() <= 12_000, l.retryIn()::toString);
            });
            assertTrue(listener.awaitResyncs(2, Duration.ofSeconds(30)),
                    () -> "no resync within 30 s of the engine being back; losses: " + listener.losses);
            long resyncAfterBack = listener.resyncs.get(1) - back;
            assertTrue(resyncAfterBack < Duration.ofSeconds(30).toNanos());
            assertTrue(listener.resyncs.get(1) > listener.losses.get(0).atNanos(), "the resync follows the loss");

            docker("run", "-d", "--name", name, "gantry-test/busybox:1");
            assertNotNull(listener.awaitEvent(Duration.ofSeconds(5), RecordingListener.container(name, "start")),
                    "events flow again after the restart");

            InventorySnapshot snap = Poll.until(Duration.ofSeconds(60), () -> {
                try {
                    return session.inventory();
                } catch (RuntimeException e) {
                    return null;
                }
            }, s -> s != null && !s.nodes().isEmpty());
            assertNotNull(snap, "the inventory reads again after the restart");
            assertEquals(1, snap.nodes().size());
            assertEquals(1, listener.threads.size(), "one listener thread across reconnects: " + listener.threads);
        } finally {
            dockerResult("rm", "-f", name);
            Thread.setDefaultUncaughtExceptionHandler(previous);
        }
        assertTrue(escaped.isEmpty(), () -> "exceptions escaped: " + escaped);
    }
}
