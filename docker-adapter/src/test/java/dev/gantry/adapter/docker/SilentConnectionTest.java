package dev.gantry.adapter.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.EndpointProfile;
import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.testing.FreezableProxy;
import dev.gantry.adapter.testing.Poll;
import dev.gantry.adapter.testing.RecordingListener;
import dev.gantry.adapter.testing.TestEngine;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A TCP connection that dies without closing (the network dropped) leaves the event stream silent
 * for ever; the subscription notices through a ping and reports the loss.
 */
class SilentConnectionTest {

    @Test
    void aConnectionThatGoesSilentIsReportedLost() {
        URI tls = TestEngine.tlsUrl();
        try (FreezableProxy proxy = new FreezableProxy(tls.getHost(), tls.getPort())) {
            EndpointProfile viaProxy = new EndpointProfile("via-proxy", URI.create("tcp://127.0.0.1:" + proxy.port()),
                    TestEngine.tlsProfile().tls(), false, EndpointProfile.Source.USER);
            var client = DockerClients.open(viaProxy, null);
            RecordingListener listener = new RecordingListener();
            EventStream stream = EventStream.start(client, viaProxy, listener, new Backoff(), Duration.ofSeconds(1),
                    Duration.ofSeconds(2));
            try {
                assertTrue(listener.awaitResyncs(1, Duration.ofSeconds(15)), () -> "never connected: " + listener.losses);
                // silence alone is fine while the engine answers pings
                Poll.until(Duration.ofSeconds(3), () -> 0, x -> false);
                assertTrue(listener.losses.isEmpty(), () -> "a quiet but healthy stream was reported lost: " + listener.losses);

                proxy.freeze();
                long frozenAt = System.nanoTime();
                assertFalse(Poll.until(Duration.ofSeconds(15), listener.losses::isEmpty, empty -> !empty),
                        "the silent connection was never reported");
                RecordingListener.Lost lost = listener.losses.get(0);
                assertEquals(EngineException.Kind.CONNECTION_LOST, lost.reason().kind(), lost.reason().getMessage());
                assertTrue(lost.atNanos() - frozenAt < Duration.ofSeconds(10).toNanos());
            } finally {
                stream.close();
                DockerClients.closeQuietly(client);
            }
            assertFalse(stream.thread().isAlive(), "closed promptly even with a dead connection");
        }
    }
}
