package dev.gantry.adapter.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.EndpointProfile;
import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.api.TlsMaterial;
import dev.gantry.adapter.testing.TestEngine;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A port that accepts connections but never says a word (a hung engine, a wrong service): the
 * connection attempt ends with TIMEOUT within 5 s instead of hanging, for plain HTTP and for TLS.
 */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SilentEndpointTimeoutTest {

    private ServerSocket silent;
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();
    private Thread acceptor;

    @BeforeEach
    void openASilentPort() throws IOException {
        silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(() -> {
            while (!silent.isClosed()) {
                try {
                    accepted.add(silent.accept());
                } catch (IOException closed) {
                    return;
                }
            }
        }, "silent-acceptor");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterEach
    void close() throws IOException, InterruptedException {
        silent.close();
        for (Socket s : accepted) {
            s.close();
        }
        acceptor.join(2000);
    }

    @Test
    void plainHttpToASilentPortTimesOut() {
        assertTimesOut(new EndpointProfile("silent", url(), null, false, EndpointProfile.Source.USER));
    }

    @Test
    void tlsToASilentPortTimesOut() {
        assertTimesOut(new EndpointProfile("silent", url(), TlsMaterial.fromDirectory(TestEngine.tlsDir(), true), false,
                EndpointProfile.Source.USER));
    }

    private void assertTimesOut(EndpointProfile profile) {
        long start = System.nanoTime();
        EngineException e = assertThrows(EngineException.class, () -> new DockerEngineConnector().test(profile));
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(EngineException.Kind.TIMEOUT, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains("did not answer in time"), e.getMessage());
        assertTrue(elapsed.compareTo(DockerClients.PROBE_RESPONSE_TIMEOUT.plusSeconds(4)) < 0, "took " + elapsed.toMillis() + " ms");
    }

    private URI url() {
        return URI.create("tcp://127.0.0.1:" + silent.getLocalPort());
    }
}
