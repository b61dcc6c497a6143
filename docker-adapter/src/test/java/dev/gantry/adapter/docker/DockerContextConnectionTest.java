package dev.gantry.adapter.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.DockerContextEntry;
import dev.gantry.adapter.api.EndpointProfile;
import dev.gantry.adapter.api.EngineInfo;
import dev.gantry.adapter.endpoint.DockerContexts;
import dev.gantry.adapter.endpoint.EndpointResolver;
import dev.gantry.adapter.endpoint.UnknownContextException;
import dev.gantry.adapter.testing.TestEngine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Contexts written by the real docker CLI into a temporary config directory (never the user's):
 * Gantry resolves them as the CLI does and actually connects through each to the test engine.
 */
class DockerContextConnectionTest {

    private static final String UNIX = "gt-core-unix";
    private static final String TLS = "gt-core-tls";

    @TempDir
    Path configDir;

    private final DockerEngineConnector connector = new DockerEngineConnector();
    private String engineVersion;

    @BeforeEach
    void createContextsWithTheDockerCli() {
        Path tls = TestEngine.tlsDir();
        cli("context", "create", UNIX, "--description", "test engine socket",
                "--docker", "host=" + TestEngine.host());
        cli("context", "create", TLS, "--description", "test engine mutual TLS", "--docker",
                "host=" + TestEngine.tlsUrl() + ",ca=" + tls.resolve("ca.pem") + ",cert=" + tls.resolve("cert.pem")
                        + ",key=" + tls.resolve("key.pem"));
        cli("context", "use", UNIX);
        engineVersion = TestEngine.docker("version", "--format", "{{.Server.Version}}");
    }

    @Test
    void currentContextFromConfigJsonConnectsOverTheSocket() {
        EndpointProfile profile = EndpointResolver.current(Map.of(), configDir);
        assertEquals(UNIX, profile.name());
        assertEquals(TestEngine.host(), profile.host());
        assertEquals(engineVersion, connector.test(profile).serverVersion());
    }

    @Test
    void dockerContextOverridesAndConnectsWithTheContextsTlsMaterial() {
        EndpointProfile profile = EndpointResolver.current(Map.of("DOCKER_CONTEXT", TLS), configDir);
        assertEquals(TLS, profile.name());
        assertEquals(TestEngine.tlsUrl(), profile.host());
        assertTrue(profile.tls().verifyServer());
        assertTrue(profile.tls().caCert().startsWith(configDir), "TLS files are read from the context store: "
                + profile.tls().caCert());
        EngineInfo info = connector.test(profile);
        assertEquals(engineVersion, info.serverVersion());
        // the CLI itself agrees on where DOCKER_CONTEXT points
        assertEquals(engineVersion, cliWithEnv(Map.of("DOCKER_CONTEXT", TLS), "version", "--format",
                "{{.Server.Version}}"));
    }

    @Test
    void listMatchesTheCliAndEveryUsableContextConnects() {
        List<DockerContextEntry> entries = DockerContexts.list(Map.of(), configDir);
        List<String> names = entries.stream().map(DockerContextEntry::name).toList();
        List<String> cliNames = List.of(cli("context", "ls", "--format", "{{.Name}}").split("\\R"));
        assertEquals(cliNames.stream().sorted().toList(), names.stream().sorted().toList());
        DockerContextEntry current = entries.stream().filter(DockerContextEntry::current).findFirst().orElseThrow();
        assertEquals(cli("context", "show"), current.name());
        for (DockerContextEntry entry : entries) {
            if (!entry.name().equals("default")) {
                assertEquals(engineVersion, connector.test(entry.profile()).serverVersion(), entry.name());
            }
        }
    }

    @Test
    void anUnknownContextNameIsATypedError() {
        UnknownContextException e = assertThrows(UnknownContextException.class,
                () -> EndpointResolver.current(Map.of("DOCKER_CONTEXT", "gt-core-missing"), configDir));
        assertEquals("gt-core-missing", e.contextName());
        assertTrue(e.getMessage().contains("gt-core-missing"), e.getMessage());
    }

    private String cli(String... args) {
        return cliWithEnv(Map.of(), args);
    }

    /** The docker CLI with only this temporary config directory (and the given variables). */
    private String cliWithEnv(Map<String, String> env, String... args) {
        List<String> cmd = new ArrayList<>(List.of("env", "-u", "DOCKER_HOST", "-u", "DOCKER_CONTEXT",
                "-u", "DOCKER_TLS_VERIFY", "-u", "DOCKER_CERT_PATH"));
        env.forEach((k, v) -> cmd.add(k + "=" + v));
        cmd.addAll(List.of(TestEngine.dockerBinary(), "--config", configDir.toString()));
        cmd.addAll(List.of(args));
        TestEngine.CommandResult r = TestEngine.run(cmd, 60);
        assertEquals(0, r.exitCode(), String.join(" ", cmd) + ": " + r.stderr());
        return r.stdout();
    }
}
