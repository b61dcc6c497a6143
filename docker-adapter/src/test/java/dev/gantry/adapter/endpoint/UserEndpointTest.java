package dev.gantry.adapter.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.EndpointProfile;
import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.api.EngineException.Kind;
import dev.gantry.adapter.api.UserEndpointSpec;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The endpoint dialog's input turned into a profile, with a sentence for each mistake. */
class UserEndpointTest {

    @Test
    void tcpWithSeparateTlsFiles() {
        EndpointProfile p = UserEndpoint.parse(new UserEndpointSpec("prod", " tcp://10.1.2.3:2376 ",
                "/trust/ca.crt", "/me/client.crt", "/me/client.key", true, false));
        assertEquals("prod", p.name());
        assertEquals(URI.create("tcp://10.1.2.3:2376"), p.host());
        assertEquals(Path.of("/trust/ca.crt"), p.tls().caCert());
        assertEquals(Path.of("/me/client.crt"), p.tls().clientCert());
        assertEquals(Path.of("/me/client.key"), p.tls().clientKey());
        assertTrue(p.tls().verifyServer());
        assertEquals(EndpointProfile.Source.USER, p.source());
    }

    @Test
    void unixSocketWithoutTlsAndNameDefaultsToHost() {
        EndpointProfile p = UserEndpoint.parse(new UserEndpointSpec("", "unix:///var/run/docker.sock", "", " ", null,
                true, false));
        assertNull(p.tls());
        assertEquals("unix:///var/run/docker.sock", p.name());
    }

    @Test
    void verificationOffNeedsNoCa() {
        EndpointProfile p = UserEndpoint.parse(new UserEndpointSpec("lab", "tcp://lab:2376", "/ignored/ca.pem",
                "/c.pem", "/k.pem", false, false));
        assertTrue(p.usesTls());
        assertFalse(p.tls().verifyServer());
        assertNull(p.tls().caCert());
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a host", "http://engine:2375", "unix://./relative.sock", "tcp://:2375", "tcp://h:2375?x=1",
            "ftp://h", "tcp://h:port", "ssh://me@h"})
    void aHostThatIsNotAnEngineAddressIsRefusedWithASentence(String host) {
        EngineException e = assertThrows(EngineException.class,
                () -> UserEndpoint.parse(new UserEndpointSpec("x", host, null, null, null, true, false)));
        assertEquals(Kind.INVALID_ENDPOINT, e.kind());
        assertTrue(e.getMessage().startsWith("The engine address"), e.getMessage());
    }

    @Test
    void bareTcpIsTheCliDefault() {
        assertEquals(URI.create("tcp://localhost:2375"),
                UserEndpoint.parse(new UserEndpointSpec("x", "tcp://", null, null, null, true, false)).host());
        assertEquals(URI.create("npipe:////./pipe/docker_engine"),
                UserEndpoint.parse(new UserEndpointSpec("x", "npipe://", null, null, null, true, false)).host());
    }

    @Test
    void emptyHostIsRefused() {
        EngineException e = assertThrows(EngineException.class,
                () -> UserEndpoint.parse(new UserEndpointSpec("x", "  ", null, null, null, true, false)));
        assertEquals(Kind.INVALID_ENDPOINT, e.kind());
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void verifyingWithoutACaIsRefused() {
        EngineException e = assertThrows(EngineException.class, () -> UserEndpoint.parse(
                new UserEndpointSpec("x", "tcp://h:2376", "", "/c.pem", "/k.pem", true, false)));
        assertEquals(Kind.TLS_MATERIAL_INCOMPLETE, e.kind());
        assertTrue(e.getMessage().contains("ca.pem"), e.getMessage());
    }

    @Test
    void certificateWithoutKeyIsRefused() {
        EngineException e = assertThrows(EngineException.class, () -> UserEndpoint.parse(
                new UserEndpointSpec("x", "tcp://h:2376", "/ca.pem", "/c.pem", "", true, false)));
        assertEquals(Kind.TLS_MATERIAL_INCOMPLETE, e.kind());
        assertTrue(e.getMessage().contains("key.pem"), e.getMessage());
    }

    @Test
    void tlsFilesOnASocketAreRefused() {
        EngineException e = assertThrows(EngineException.class, () -> UserEndpoint.parse(
                new UserEndpointSpec("x", "unix:///var/run/docker.sock", "/ca.pem", null, null, true, false)));
        assertEquals(Kind.INVALID_ENDPOINT, e.kind());
    }

    @Test
    void thePlainRemoteOptInIsKept() {
        assertTrue(UserEndpoint.parse(new UserEndpointSpec("x", "tcp://build-box:2375", null, null, null, true, true))
                .allowPlainRemote());
    }
}
