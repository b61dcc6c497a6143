package dev.gantry.adapter.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.EndpointProfile;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The docker CLI's precedence (cli/command/cli.go resolveContextName), flags aside. */
class EndpointResolverTest {

    @TempDir
    Path configDir;

    @BeforeEach
    void twoContexts() {
        new ContextStoreFixture(configDir)
                .context("from-config", "unix:///config.sock", false)
                .context("from-env", "unix:///env.sock", false)
                .currentContext("from-config");
    }

    @Test
    void currentContextFromConfigJson() {
        assertEquals(URI.create("unix:///config.sock"), EndpointResolver.current(Map.of(), configDir).host());
    }

    @Test
    void dockerContextOverridesConfigJson() {
        EndpointProfile p = EndpointResolver.current(Map.of("DOCKER_CONTEXT", "from-env"), configDir);
        assertEquals("from-env", p.name());
        assertEquals(URI.create("unix:///env.sock"), p.host());
    }

    @Test
    void dockerHostWinsOverDockerContextAndConfigJson() {
        EndpointProfile p = EndpointResolver.current(Map.of("DOCKER_HOST", "unix:///host.sock",
                "DOCKER_CONTEXT", "from-env"), configDir);
        assertEquals(URI.create("unix:///host.sock"), p.host());
        assertEquals(EndpointProfile.Source.ENVIRONMENT, p.source());
        assertEquals("default", EndpointResolver.currentContextName(Map.of("DOCKER_HOST", "x"), configDir).name());
    }

    @Test
    void emptyVariablesCountAsUnset() {
        assertEquals(URI.create("unix:///config.sock"),
                EndpointResolver.current(Map.of("DOCKER_HOST", "", "DOCKER_CONTEXT", ""), configDir).host());
    }

    @Test
    void nothingConfiguredIsThePlatformDefault(@TempDir Path empty) {
        EndpointProfile p = EndpointResolver.current(Map.of(), empty);
        assertEquals(EndpointProfile.Source.PLATFORM_DEFAULT, p.source());
    }

    @Test
    void currentContextDefaultInConfigJsonIsTheDefaultContext() {
        new ContextStoreFixture(configDir).currentContext("default");
        assertEquals("default", EndpointResolver.current(Map.of(), configDir).name());
    }

    @Test
    void anUnknownContextNamesItAndWhatChoseIt() {
        UnknownContextException e = assertThrows(UnknownContextException.class,
                () -> EndpointResolver.current(Map.of("DOCKER_CONTEXT", "ghost"), configDir));
        assertEquals("ghost", e.contextName());
        assertTrue(e.getMessage().contains("DOCKER_CONTEXT"), e.getMessage());
        new ContextStoreFixture(configDir).currentContext("gone");
        UnknownContextException fromConfig = assertThrows(UnknownContextException.class,
                () -> EndpointResolver.current(Map.of(), configDir));
        assertTrue(fromConfig.getMessage().contains("config.json"), fromConfig.getMessage());
    }
}
