package dev.gantry.adapter.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.EngineInfo;
import dev.gantry.adapter.api.EngineSession;
import dev.gantry.adapter.api.SwarmState;
import dev.gantry.adapter.testing.TestEngine;
import org.junit.jupiter.api.Test;

class UnixSocketConnectionTest {

    @Test
    void connectsPingsAndReadsVersionOverTheUnixSocket() {
        try (EngineSession session = new DockerEngineConnector().connect(TestEngine.profile())) {
            EngineInfo info = session.info();
            String cliVersion = TestEngine.docker("version", "--format", "{{.Server.Version}}");
            assertEquals(cliVersion, info.serverVersion());
            assertNotNull(info.negotiatedApiVersion());
            assertEquals(SwarmState.ACTIVE, info.swarmState(), "the test engine runs a single-node swarm");
            assertTrue(info.swarmManager());
        }
    }
}
