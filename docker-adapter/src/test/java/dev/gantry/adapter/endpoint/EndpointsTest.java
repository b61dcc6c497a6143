package dev.gantry.adapter.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.EndpointProfile;
import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.api.TlsMaterial;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The platform default and the DOCKER_* environment, read as the docker CLI reads them. */
class EndpointsTest {

    private static final Path CONFIG = Path.of("/home/someone/.docker");

    @Test
    void platformDefaultIsTheUnixSocketOrTheWindowsPipe() {
        EndpointProfile linux = Endpoints.platformDefault("Linux");
        assertEquals(URI.create("unix:///var/run/docker.sock"), linux.host());
        assertEquals(EndpointProfile.Source.PLATFORM_DEFAULT, linux.source());
        assertFalse(linux.usesTls());
        assertEquals("default", linux.name());
        assertEquals(URI.create("npipe:////./pipe/docker_engine"), Endpoints.platformDefault("Windows 11").host());
        assertEquals(URI.create("unix:///var/run/docker.sock"), Endpoints.platformDefault("Mac OS X").host());
    }

    @Test
    void noDockerHostMeansNoEnvironmentProfile() {
        assertTrue(Endpoints.fromEnvironment(Map.of(), CONFIG).isEmpty());
        assertTrue(Endpoints.fromEnvironment(Map.of("DOCKER_HOST", ""), CONFIG).isEmpty());
    }

    @Test
    void dockerHostUnixSocketWithoutTls() {
        EndpointProfile p = Endpoints.fromEnvironment(Map.of("DOCKER_HOST", "unix:///run/user/1000/docker.sock",
                "DOCKER_TLS_VERIFY", "1"), CONFIG).orElseThrow();
        assertEquals(URI.create("unix:///run/user/1000/docker.sock"), p.host());
        assertNull(p.tls(), "TLS applies to tcp:// only");
        assertEquals(EndpointProfile.Source.ENVIRONMENT, p.source());
    }

    @Test
    void dockerHostTcpWithTlsVerifyUsesCertPath() {
        EndpointProfile p = Endpoints.fromEnvironment(Map.of("DOCKER_HOST", "tcp://10.0.0.5:2376",
                "DOCKER_TLS_VERIFY", "1", "DOCKER_CERT_PATH", "/certs"), CONFIG).orElseThrow();
        assertEquals(URI.create("tcp://10.0.0.5:2376"), p.host());
        assertEquals(new TlsMaterial(Path.of("/certs/ca.pem"), Path.of("/certs/cert.pem"), Path.of("/certs/key.pem"),
                true), p.tls());
    }

    @Test
    void anyNonEmptyTlsVerifyValueVerifiesAsInTheCli() {
        EndpointProfile p = Endpoints.fromEnvironment(Map.of("DOCKER_HOST", "tcp://h:2376", "DOCKER_TLS_VERIFY", "0"),
                CONFIG).orElseThrow();
        assertTrue(p.tls().verifyServer(), "the CLI checks DOCKER_TLS_VERIFY != \"\", not its value");
    }

    @Test
    void certPathDefaultsToTheConfigDirectory() {
        EndpointProfile p = Endpoints.fromEnvironment(Map.of("DOCKER_HOST", "tcp://h:2376", "DOCKER_TLS_VERIFY", "yes"),
                CONFIG).orElseThrow();
        assertEquals(CONFIG.resolve("ca.pem"), p.tls().caCert());
        assertEquals(CONFIG.resolve("key.pem"), p.tls().clientKey());
    }

    @Test
    void dockerTlsAloneMeansTlsWithoutVerification() {
        EndpointProfile p = Endpoints.fromEnvironment(Map.of("DOCKER_HOST", "tcp://h:2376", "DOCKER_TLS", "1"),
                CONFIG).orElseThrow();
        assertTrue(p.usesTls());
        assertFalse(p.tls().verifyServer());
    }

    @Test
    void certPathAloneDoesNotTurnTlsOn() {
        EndpointProfile p = Endpoints.fromEnvironment(Map.of("DOCKER_HOST", "tcp://127.0.0.1:2375",
                "DOCKER_CERT_PATH", "/certs"), CONFIG).orElseThrow();
        assertFalse(p.usesTls(), "the CLI only uses DOCKER_CERT_PATH with DOCKER_TLS_VERIFY or DOCKER_TLS");
    }

    @Test
    void tcpWithoutPortGetsTheCliDefault() {
        assertEquals(URI.create("tcp://example.org:2375"),
                Endpoints.fromEnvironment(Map.of("DOCKER_HOST", "tcp://example.org"), CONFIG).orElseThrow().host());
        assertEquals(URI.create("tcp://example.org:2376"),
                Endpoints.fromEnvironment(Map.of("DOCKER_HOST", "example.org:2376"), CONFIG).orElseThrow().host());
        assertEquals(URI.create("unix:///run/docker.sock"),
                Endpoints.fromEnvironment(Map.of("DOCKER_HOST", "/run/docker.sock"), CONFIG).orElseThrow().host());
    }

    @Test
    void malformedDockerHostIsATypedErrorNamingIt() {
        EngineException e = assertThrows(EngineException.class,
                () -> Endpoints.fromEnvironment(Map.of("DOCKER_HOST", "http://h:2375"), CONFIG));
        assertEquals(EngineException.Kind.INVALID_ENDPOINT, e.kind());
        assertTrue(e.getMessage().contains("DOCKER_HOST") && e.getMessage().contains("http://h:2375"), e.getMessage());
        EngineException ssh = assertThrows(EngineException.class,
                () -> Endpoints.fromEnvironment(Map.of("DOCKER_HOST", "ssh://me@box"), CONFIG));
        assertEquals(EngineException.Kind.INVALID_ENDPOINT, ssh.kind());
        assertTrue(ssh.getMessage().contains("ssh://"), ssh.getMessage());
    }

    @Test
    void defaultContextWithTlsVariablesButNoHostIsLocalhost2376() {
        EndpointProfile p = Endpoints.defaultContext(Map.of("DOCKER_TLS_VERIFY", "1"), CONFIG, "Linux");
        assertEquals(URI.create("tcp://localhost:2376"), p.host());
        assertTrue(p.tls().verifyServer());
        assertEquals(URI.create("unix:///var/run/docker.sock"), Endpoints.defaultContext(Map.of(), CONFIG, "Linux").host());
    }

    @Test
    void configDirIsDockerConfigElseHomeDotDocker() {
        assertEquals(Path.of("/etc/dc"), DockerConfigDir.resolve(Map.of("DOCKER_CONFIG", "/etc/dc"), Path.of("/home/u")));
        assertEquals(Path.of("/home/u/.docker"), DockerConfigDir.resolve(Map.of(), Path.of("/home/u")));
    }
}
