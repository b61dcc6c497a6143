package dev.gantry.adapter.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.EndpointProfile;
import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.api.EngineException.Kind;
import dev.gantry.adapter.api.EngineInfo;
import dev.gantry.adapter.api.EngineSession;
import dev.gantry.adapter.api.TlsMaterial;
import dev.gantry.adapter.testing.TestEngine;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The test engine's mutual-TLS listener: the right certificates connect; each wrong setup is refused
 * with its own typed error, within 5 s.
 */
class MutualTlsConnectionTest {

    private static final Logger LOG = LoggerFactory.getLogger(MutualTlsConnectionTest.class);
    private static final Duration LIMIT = Duration.ofSeconds(5);

    private final DockerEngineConnector connector = new DockerEngineConnector();

    @TempDir
    Path temp;

    @Test
    void connectsWithTheRightCertificates() {
        try (EngineSession session = connector.connect(TestEngine.tlsProfile())) {
            EngineInfo info = session.info();
            assertEquals(TestEngine.docker("version", "--format", "{{.Server.Version}}"), info.serverVersion());
            assertEquals("1.41", info.negotiatedApiVersion(), "dockerd 20.10 speaks 1.41, below Gantry's maximum");
            assertEquals(info.serverVersion(), session.refreshInfo().serverVersion(), "the session's own client works");
        }
    }

    @Test
    void connectsWithSeparateFilePathsInDifferentDirectories() throws IOException {
        Path caDir = Files.createDirectories(temp.resolve("trust"));
        Path idDir = Files.createDirectories(temp.resolve("identity"));
        Path ca = Files.copy(good("ca.pem"), caDir.resolve("engine-ca.crt"));
        Path cert = Files.copy(good("cert.pem"), idDir.resolve("me.crt"));
        Path key = Files.copy(good("key.pem"), idDir.resolve("me.key"));
        EngineInfo info = connector.test(profile(new TlsMaterial(ca, cert, key, true)));
        assertEquals("1.41", info.negotiatedApiVersion());
    }

    @Test
    void noClientCertificateIsRefusedByTheEngine() throws IOException {
        Path ca = Files.copy(good("ca.pem"), temp.resolve("ca.pem"));
        EngineException e = refused(profile(new TlsMaterial(ca, null, null, true)), "no client certificate");
        assertEquals(Kind.CLIENT_CERT_REJECTED, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains("requires a client certificate"), e.getMessage());
    }

    @Test
    void onlyCaPemPresentIsRefusedBeforeConnectingNamingCertPem() throws IOException {
        Path dir = dirWith(TestEngine.tlsDir(), "ca.pem", null, null);
        EngineException e = refused(profile(TlsMaterial.fromDirectory(dir, true)), "only ca.pem present");
        assertEquals(Kind.TLS_MATERIAL_INCOMPLETE, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains("cert.pem"), e.getMessage());
        assertEquals(null, e.getCause(), "refused by the pre-connect check, not by a connection");
    }

    @Test
    void aClientCertificateFromAnotherCaIsRejectedByTheEngine() throws IOException {
        Path dir = temp.resolve("mixed");
        Files.createDirectories(dir);
        Files.copy(good("ca.pem"), dir.resolve("ca.pem"));
        Files.copy(rogue("cert.pem"), dir.resolve("cert.pem"));
        Files.copy(rogue("key.pem"), dir.resolve("key.pem"));
        EngineException e = refused(profile(TlsMaterial.fromDirectory(dir, true)), "client cert from another CA");
        assertEquals(Kind.CLIENT_CERT_REJECTED, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains("did not accept Gantry's client certificate"), e.getMessage());
    }

    @Test
    void anEngineSignedByAnotherCaIsNotTrusted() throws IOException {
        Path dir = temp.resolve("untrusted");
        Files.createDirectories(dir);
        Files.copy(rogue("ca.pem"), dir.resolve("ca.pem"));
        Files.copy(good("cert.pem"), dir.resolve("cert.pem"));
        Files.copy(good("key.pem"), dir.resolve("key.pem"));
        EngineException e = refused(profile(TlsMaterial.fromDirectory(dir, true)), "server not trusted");
        assertEquals(Kind.SERVER_CERT_REJECTED, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains("not signed by the CA"), e.getMessage());
    }

    @Test
    void withVerificationOffTheUntrustedEngineIsAccepted() throws IOException {
        Path dir = temp.resolve("noverify");
        Files.createDirectories(dir);
        Files.copy(rogue("ca.pem"), dir.resolve("ca.pem"));
        Files.copy(good("cert.pem"), dir.resolve("cert.pem"));
        Files.copy(good("key.pem"), dir.resolve("key.pem"));
        EngineInfo info = connector.test(profile(TlsMaterial.fromDirectory(dir, false)));
        assertEquals("1.41", info.negotiatedApiVersion());
    }

    @Test
    void plainHttpToTheTlsPortIsRecognised() {
        URI plain = TestEngine.tlsUrl();
        EndpointProfile profile = new EndpointProfile("plain", plain, null, false, EndpointProfile.Source.USER);
        EngineException e = refused(profile, "plain HTTP to the TLS port");
        assertEquals(Kind.PLAIN_HTTP_TO_TLS, e.kind(), e.getMessage());
    }

    @Test
    void nothingListeningIsRecognised() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        EndpointProfile profile = new EndpointProfile("free port", URI.create("tcp://127.0.0.1:" + port),
                TlsMaterial.fromDirectory(TestEngine.tlsDir(), true), false, EndpointProfile.Source.USER);
        EngineException e = refused(profile, "nothing listening");
        assertEquals(Kind.NOT_LISTENING, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains("127.0.0.1:" + port), e.getMessage());
    }

    private EngineException refused(EndpointProfile profile, String situation) {
        long start = System.nanoTime();
        EngineException e = assertThrows(EngineException.class, () -> connector.connect(profile).close());
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        LOG.info("TLS refusal '{}' -> {} in {} ms: {}", situation, e.kind(), elapsed.toMillis(), e.getMessage());
        assertTrue(elapsed.compareTo(LIMIT) < 0, situation + " took " + elapsed.toMillis() + " ms");
        return e;
    }

    private EndpointProfile profile(TlsMaterial tls) {
        return new EndpointProfile("tls", TestEngine.tlsUrl(), tls, false, EndpointProfile.Source.USER);
    }

    private Path dirWith(Path from, String... names) throws IOException {
        Path dir = Files.createTempDirectory(temp, "certs");
        for (String name : names) {
            if (name != null) {
                Files.copy(from.resolve(name), dir.resolve(name));
            }
        }
        return dir;
    }

    private static Path good(String name) {
        return TestEngine.tlsDir().resolve(name);
    }

    private static Path rogue(String name) {
        return TestEngine.rogueTlsDir().resolve(name);
    }
}
