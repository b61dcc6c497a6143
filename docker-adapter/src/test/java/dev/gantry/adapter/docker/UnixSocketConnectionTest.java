package dev.gantry.adapter.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.EndpointProfile;
import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.api.EngineInfo;
import dev.gantry.adapter.api.EngineSession;
import dev.gantry.adapter.api.SwarmState;
import dev.gantry.adapter.testing.TestEngine;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnixSocketConnectionTest {

    @TempDir
    Path temp;

    @Test
    void connectsPingsAndReadsVersionOverTheUnixSocket() {
        try (EngineSession session = new DockerEngineConnector().connect(TestEngine.profile())) {
            EngineInfo info = session.info();
            assertEquals(TestEngine.docker("version", "--format", "{{.Server.Version}}"), info.serverVersion());
            assertEquals(TestEngine.docker("version", "--format", "{{.Server.APIVersion}}"), info.serverApiVersion());
            assertEquals("1.41", info.negotiatedApiVersion(), "dockerd 20.10's own maximum, below Gantry's 1.44");
            assertEquals(SwarmState.ACTIVE, info.swarmState(), "the test engine runs a single-node swarm");
            assertTrue(info.swarmManager());
            assertEquals("manager", info.role());
            assertEquals(TestEngine.docker("info", "--format", "{{.Swarm.NodeID}}"), info.nodeId());
            assertEquals(TestEngine.docker("info", "--format", "{{.Name}}"), info.hostname());
            EngineInfo again = session.refreshInfo();
            assertEquals(info.serverVersion(), again.serverVersion());
            assertEquals("1.41", again.negotiatedApiVersion());
        }
    }

    /**
     * Class loading is once per JVM, so a fresh one connects and reads an inventory while logging
     * what it loads: a socket needs no TLS, and the runtime's default TLS context (security
     * providers, the system's trusted certificates) costs about 0.15 s of CPU per connect.
     */
    @Test
    void aSocketSessionNeverSetsUpTls() throws IOException, InterruptedException {
        String version = TestEngine.docker("version", "--format", "{{.Server.Version}}");
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(javaBin, "-Xshare:off", "-Xlog:class+load=info", "-cp",
                System.getProperty("java.class.path"), SocketSession.class.getName())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
        assertTrue(out.contains("engine " + version + " containers "), out.length() > 3000 ? out.substring(out.length() - 3000) : out);
        assertEquals(java.util.List.of(), out.lines()
                .filter(l -> l.contains(" sun.security.ssl.SSLContextImpl ") || l.contains(" sun.security.ssl.TrustStoreManager "))
                .toList(), "TLS classes loaded for a unix socket session");
    }

    /** Run in a child JVM by the test above. */
    static final class SocketSession {
        public static void main(String[] args) {
            try (EngineSession session = new DockerEngineConnector().connect(TestEngine.profile())) {
                System.out.println("engine " + session.info().serverVersion() + " containers "
                        + session.inventory().containers().size());
            }
        }
    }

    @Test
    void testConnectionReadsTheSameAndLeavesNothingOpen() {
        EngineInfo info = new DockerEngineConnector().test(TestEngine.profile());
        assertEquals(TestEngine.docker("version", "--format", "{{.Server.Version}}"), info.serverVersion());
    }

    @Test
    void aMissingSocketIsNotListeningNamingThePath() {
        TestEngine.host(); // the engine tests run together: skip or fail like the others without it
        Path socket = temp.resolve("no-engine.sock");
        EngineException e = assertThrows(EngineException.class, () -> new DockerEngineConnector().connect(unix(socket)));
        assertEquals(EngineException.Kind.NOT_LISTENING, e.kind());
        assertTrue(e.getMessage().contains(socket.toString()), e.getMessage());
    }

    @Test
    void aSocketNobodyListensOnAnyMoreIsNotListening() throws IOException {
        TestEngine.host();
        Path socket = temp.resolve("stale.sock");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
        }
        assertTrue(Files.exists(socket), "a closed unix server leaves its socket file behind");
        long start = System.nanoTime();
        EngineException e = assertThrows(EngineException.class, () -> new DockerEngineConnector().connect(unix(socket)));
        assertEquals(EngineException.Kind.NOT_LISTENING, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains(socket.toString()), e.getMessage());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 5);
    }

    @Test
    void aSocketThatDisappearsUnderAnOpenClientIsNotListening() {
        TestEngine.host();
        Path socket = temp.resolve("gone.sock");
        var client = DockerClients.open(unix(socket));
        try {
            RuntimeException raw = assertThrows(RuntimeException.class, () -> client.pingCmd().exec());
            EngineException e = EngineErrors.translate(unix(socket), raw);
            assertEquals(EngineException.Kind.NOT_LISTENING, e.kind(), e.getMessage() + " <- " + raw);
            assertTrue(e.getMessage().contains(socket.toString()), e.getMessage());
        } finally {
            DockerClients.closeQuietly(client);
        }
    }

    private static EndpointProfile unix(Path socket) {
        return new EndpointProfile("u", URI.create("unix://" + socket), null, false, EndpointProfile.Source.USER);
    }
}
