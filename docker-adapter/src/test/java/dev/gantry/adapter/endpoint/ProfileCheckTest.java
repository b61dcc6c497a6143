package dev.gantry.adapter.endpoint;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.EndpointProfile;
import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.api.EngineException.Kind;
import dev.gantry.adapter.api.TlsMaterial;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The checks made before any connection (files and sockets in a temporary directory). */
class ProfileCheckTest {

    @TempDir
    Path dir;

    @Test
    void plainTcpToARemoteHostIsRefused() {
        EngineException e = assertThrows(EngineException.class, () -> ProfileCheck.verify(tcp("tcp://10.0.0.7:2375", false)));
        assertEquals(Kind.INSECURE_REMOTE_REFUSED, e.kind());
        assertTrue(e.getMessage().contains("tcp://10.0.0.7:2375") && e.getMessage().contains("without TLS"),
                e.getMessage());
        assertThrows(EngineException.class, () -> ProfileCheck.verify(tcp("tcp://docker.example.org:2375", false)));
    }

    @Test
    void plainTcpToARemoteHostIsAllowedWithTheExplicitOptIn() {
        assertDoesNotThrow(() -> ProfileCheck.verify(tcp("tcp://10.0.0.7:2375", true)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tcp://127.0.0.1:2375", "tcp://127.8.9.10:2375", "tcp://localhost:2375", "tcp://[::1]:2375"})
    void plainTcpToThisMachineIsAllowed(String host) {
        assertDoesNotThrow(() -> ProfileCheck.verify(tcp(host, false)));
    }

    @Test
    void missingSocketIsNotListeningNamingThePath() {
        Path socket = dir.resolve("docker.sock");
        EngineException e = assertThrows(EngineException.class, () -> ProfileCheck.verify(unix(socket)));
        assertEquals(Kind.NOT_LISTENING, e.kind());
        assertTrue(e.getMessage().contains(socket.toString()), e.getMessage());
    }

    @Test
    void aRegularFileIsNotASocket() throws IOException {
        Path file = Files.writeString(dir.resolve("docker.sock"), "");
        EngineException e = assertThrows(EngineException.class, () -> ProfileCheck.verify(unix(file)));
        assertEquals(Kind.NOT_LISTENING, e.kind());
        assertTrue(e.getMessage().contains("not a socket"), e.getMessage());
    }

    @Test
    void missingCertPemIsNamed() throws IOException {
        Files.writeString(dir.resolve("ca.pem"), "x");
        EngineException e = assertThrows(EngineException.class,
                () -> ProfileCheck.verify(tls(TlsMaterial.fromDirectory(dir, true))));
        assertEquals(Kind.TLS_MATERIAL_INCOMPLETE, e.kind());
        assertTrue(e.getMessage().contains("cert.pem") && e.getMessage().contains(dir.toString()), e.getMessage());
    }

    @Test
    void missingKeyPemIsNamed() throws IOException {
        Files.writeString(dir.resolve("ca.pem"), "x");
        Files.writeString(dir.resolve("cert.pem"), "x");
        EngineException e = assertThrows(EngineException.class,
                () -> ProfileCheck.verify(tls(TlsMaterial.fromDirectory(dir, true))));
        assertEquals(Kind.TLS_MATERIAL_INCOMPLETE, e.kind());
        assertTrue(e.getMessage().contains("key.pem"), e.getMessage());
    }

    @Test
    void missingCaPemIsNamedWhenVerifyingAndIgnoredWhenNot() throws IOException {
        Files.writeString(dir.resolve("cert.pem"), "x");
        Files.writeString(dir.resolve("key.pem"), "x");
        EngineException e = assertThrows(EngineException.class,
                () -> ProfileCheck.verify(tls(TlsMaterial.fromDirectory(dir, true))));
        assertEquals(Kind.TLS_MATERIAL_INCOMPLETE, e.kind());
        assertTrue(e.getMessage().contains("ca.pem"), e.getMessage());
        assertDoesNotThrow(() -> ProfileCheck.verify(tls(TlsMaterial.fromDirectory(dir, false))));
    }

    @Test
    void verifyingWithoutAnyCaIsRefused() {
        EngineException e = assertThrows(EngineException.class,
                () -> ProfileCheck.verify(tls(new TlsMaterial(null, null, null, true))));
        assertEquals(Kind.TLS_MATERIAL_INCOMPLETE, e.kind());
    }

    @Test
    void certificateAndKeyGoTogether() throws IOException {
        Path ca = Files.writeString(dir.resolve("ca.pem"), "x");
        Path cert = Files.writeString(dir.resolve("cert.pem"), "x");
        EngineException e = assertThrows(EngineException.class,
                () -> ProfileCheck.verify(tls(new TlsMaterial(ca, cert, null, true))));
        assertEquals(Kind.TLS_MATERIAL_INCOMPLETE, e.kind());
        assertTrue(e.getMessage().contains(cert.toString()), e.getMessage());
    }

    @Test
    void aDirectoryInsteadOfAFileIsNamed() throws IOException {
        Path ca = Files.createDirectory(dir.resolve("ca.pem"));
        EngineException e = assertThrows(EngineException.class,
                () -> ProfileCheck.verify(tls(new TlsMaterial(ca, null, null, true))));
        assertEquals(Kind.TLS_MATERIAL_INCOMPLETE, e.kind());
        assertTrue(e.getMessage().contains("not a file"), e.getMessage());
    }

    @Test
    void tlsToARemoteHostNeedsNoOptIn() throws IOException {
        Path ca = Files.writeString(dir.resolve("ca.pem"), "x");
        EndpointProfile p = new EndpointProfile("r", URI.create("tcp://10.0.0.7:2376"),
                new TlsMaterial(ca, null, null, true), false, EndpointProfile.Source.USER);
        assertDoesNotThrow(() -> ProfileCheck.verify(p));
    }

    private static EndpointProfile tcp(String host, boolean allowPlainRemote) {
        return new EndpointProfile("t", URI.create(host), null, allowPlainRemote, EndpointProfile.Source.USER);
    }

    private static EndpointProfile unix(Path socket) {
        return new EndpointProfile("u", URI.create("unix://" + socket), null, false, EndpointProfile.Source.USER);
    }

    private static EndpointProfile tls(TlsMaterial material) {
        return new EndpointProfile("t", URI.create("tcp://127.0.0.1:2376"), material, false, EndpointProfile.Source.USER);
    }
}
