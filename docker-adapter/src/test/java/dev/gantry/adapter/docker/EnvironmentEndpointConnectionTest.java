package dev.gantry.adapter.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.EndpointProfile;
import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.endpoint.EndpointResolver;
import dev.gantry.adapter.testing.TestEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DOCKER_HOST, DOCKER_TLS_VERIFY and DOCKER_CERT_PATH (given as a map, not this process's) to the test engine. */
class EnvironmentEndpointConnectionTest {

    @TempDir
    Path configDir;

    private final DockerEngineConnector connector = new DockerEngineConnector();

    @Test
    void dockerHostUnixSocket() {
        EndpointProfile p = EndpointResolver.current(Map.of("DOCKER_HOST", TestEngine.host().toString()), configDir);
        assertEquals(EndpointProfile.Source.ENVIRONMENT, p.source());
        assertEquals(TestEngine.docker("version", "--format", "{{.Server.Version}}"), connector.test(p).serverVersion());
    }

    @Test
    void dockerHostWithTlsVerifyAndCertPath() {
        EndpointProfile p = EndpointResolver.current(Map.of("DOCKER_HOST", TestEngine.tlsUrl().toString(),
                "DOCKER_TLS_VERIFY", "1", "DOCKER_CERT_PATH", TestEngine.tlsDir().toString()), configDir);
        assertTrue(p.tls().verifyServer());
        assertEquals("1.41", connector.test(p).negotiatedApiVersion());
    }

    @Test
    void tlsVerifyWithoutCertPathReadsTheConfigDirectoryAndNamesWhatIsMissing() throws IOException {
        Files.copy(TestEngine.tlsDir().resolve("ca.pem"), configDir.resolve("ca.pem"));
        EndpointProfile p = EndpointResolver.current(Map.of("DOCKER_HOST", TestEngine.tlsUrl().toString(),
                "DOCKER_TLS_VERIFY", "1"), configDir);
        EngineException e = assertThrows(EngineException.class, () -> connector.test(p));
        assertEquals(EngineException.Kind.TLS_MATERIAL_INCOMPLETE, e.kind());
        assertTrue(e.getMessage().contains(configDir.resolve("cert.pem").toString()), e.getMessage());
    }
}
