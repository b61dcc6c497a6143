package dev.gantry.adapter.docker.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.ops.ExecPreset;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExecRestartLogicTest {

    private static ExecRunner.Outcome outcome(Integer exit, String out, String err) {
        return new ExecRunner.Outcome(exit, out, err, false, Duration.ZERO);
    }

    @Test
    void recognisesAMissingCommand() {
        assertTrue(DockerExecRestart.commandNotFound(outcome(127, "", "sh: nginx: not found")));
        assertTrue(DockerExecRestart.commandNotFound(outcome(126, "", "")));
        assertTrue(DockerExecRestart.commandNotFound(outcome(1,
                "OCI runtime exec failed: exec failed: exec: \"pm2\": executable file not found in $PATH: unknown", "")));
        assertFalse(DockerExecRestart.commandNotFound(outcome(0, "ok", "")));
        assertFalse(DockerExecRestart.commandNotFound(outcome(3, "", "boom")));
    }

    @Test
    void presetsAndCustomCommands() {
        assertEquals(List.of("kill", "-HUP", "1"), ExecPreset.KILL_HUP_1.command(null));
        assertEquals(List.of("sh", "-c", "kill -USR2 1"), ExecPreset.CUSTOM.command("  kill -USR2 1 "));
        assertThrows(IllegalArgumentException.class, () -> ExecPreset.CUSTOM.command(" "));
        assertEquals("pkill -HUP gunicorn", ExecPreset.PKILL_HUP_GUNICORN.display(null));
    }

    @Test
    void readsTheSlotFromATaskName() {
        assertEquals(3, DockerExecRestart.slotOf("web.3.abcdef"));
        assertEquals(0, DockerExecRestart.slotOf("web.nodeid.abcdef"));
        assertEquals(0, DockerExecRestart.slotOf(null));
    }
}
