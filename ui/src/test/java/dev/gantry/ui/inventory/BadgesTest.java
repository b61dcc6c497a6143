package dev.gantry.ui.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gantry.adapter.api.Health;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BadgesTest {

    @ParameterizedTest
    @CsvSource({
        "running,NONE,RUNNING", "running,HEALTHY,HEALTHY", "running,UNHEALTHY,UNHEALTHY", "running,STARTING,STARTING",
        "failed,NONE,FAILED", "rejected,NONE,REJECTED", "shutdown,NONE,SHUTDOWN", "complete,NONE,COMPLETE",
        "pending,NONE,STARTING", "preparing,NONE,STARTING", "assigned,NONE,STARTING", "orphaned,NONE,SHUTDOWN"})
    void taskBadges(String state, Health health, Badge expected) {
        assertEquals(expected, Badges.ofTask(Fixtures.task("t", "s", "svc", 1, state, null, Fixtures.T0, health)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "running|Up 1 minute|NONE|RUNNING", "running|Up 1 minute (healthy)|HEALTHY|HEALTHY",
        "running|Up 1 minute (unhealthy)|UNHEALTHY|UNHEALTHY", "exited|Exited (0) 1 minute ago|NONE|SHUTDOWN",
        "exited|Exited (137) 1 minute ago|NONE|FAILED", "created|Created|NONE|STARTING", "dead|Dead|NONE|FAILED",
        "paused|Up 1 minute (Paused)|NONE|PAUSED", "restarting|Restarting (1) 2 seconds ago|NONE|STARTING"})
    void containerBadges(String state, String status, Health health, Badge expected) {
        assertEquals(expected, Badges.ofContainer(Fixtures.container("c", "n", state, status, health, Map.of())));
    }

    @ParameterizedTest
    @CsvSource({"FAILED,RUNNING,FAILED", "RUNNING,UNHEALTHY,UNHEALTHY", "SHUTDOWN,RUNNING,RUNNING", "NONE,STARTING,STARTING"})
    void worstWins(Badge a, Badge b, Badge expected) {
        assertEquals(expected, Badge.worst(a, b));
        assertEquals(expected, Badge.worst(b, a));
    }
}
