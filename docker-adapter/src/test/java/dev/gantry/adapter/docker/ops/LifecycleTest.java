package dev.gantry.adapter.docker.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.api.ops.AvailabilityCheck;
import dev.gantry.adapter.api.ops.ContainerOperations;
import dev.gantry.adapter.api.ops.NodeAvailability;
import dev.gantry.adapter.api.ops.StackRemovalReport;
import dev.gantry.adapter.testing.TestEngine;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LifecycleTest {

    private OpsFixture fx;
    private ContainerOperations containers;

    @BeforeEach
    void setUp() {
        fx = new OpsFixture();
        containers = fx.ops().containers();
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private String state(String name) {
        return TestEngine.docker("inspect", "--format", "{{.State.Status}}", name);
    }

    @Test
    void containerStopStartRestartKillRemove() {
        String name = fx.name("life");
        fx.create(new String[] {"rm", "-f", name}, "run", "-d", "--name", name, "--stop-timeout", "3", "gantry-test/busybox:1");
        assertEquals(Duration.ofSeconds(3), containers.stopGracePeriod(name));
        // the image's shell sets its TERM trap right after printing its banner
        OpsFixture.await("the banner", Duration.ofSeconds(30), () -> TestEngine.docker("logs", name).contains("gantry-test v1"));

        containers.stop(name, Duration.ofSeconds(5));
        assertEquals("exited", state(name));
        assertEquals("0", TestEngine.docker("inspect", "--format", "{{.State.ExitCode}}", name), "TERM was trapped: a clean stop");
        containers.stop(name, null); // already stopped: nothing to do, no error

        containers.start(name);
        assertEquals("running", state(name));
        String startedAt = TestEngine.docker("inspect", "--format", "{{.State.StartedAt}}", name);
        containers.restart(name, Duration.ofSeconds(2));
        assertEquals("running", state(name));
        assertFalse(startedAt.equals(TestEngine.docker("inspect", "--format", "{{.State.StartedAt}}", name)));

        containers.kill(name, null);
        assertEquals("exited", state(name));
        assertEquals("137", TestEngine.docker("inspect", "--format", "{{.State.ExitCode}}", name));
        EngineException notRunning = assertThrows(EngineException.class, () -> containers.kill(name, "HUP"));
        assertEquals(EngineException.Kind.CONFLICT, notRunning.kind());

        containers.start(name);
        EngineException running = assertThrows(EngineException.class, () -> containers.remove(name, false));
        assertEquals(EngineException.Kind.CONFLICT, running.kind());
        assertTrue(running.getMessage().startsWith("Cannot remove container " + name), running.getMessage());
        containers.remove(name, true);
        assertEquals(1, TestEngine.dockerResult("inspect", name).exitCode());

        EngineException gone = assertThrows(EngineException.class, () -> containers.remove(name, true));
        assertEquals(EngineException.Kind.NOT_FOUND, gone.kind());
        assertEquals("Container " + name + " does not exist (any more), so Gantry cannot remove it.", gone.getMessage());
        assertEquals(EngineException.Kind.NOT_FOUND, assertThrows(EngineException.class, () -> containers.start(name)).kind());
    }

    @Test
    void stopWaitsAtMostTheGracePeriod() {
        String name = fx.name("stubborn");
        // PID 1 ignores TERM here, so only the grace period ends it
        fx.create(new String[] {"rm", "-f", name}, "run", "-d", "--name", name, "gantry-test/busybox:1",
                "sh", "-c", "trap '' TERM; while true; do sleep 1; done");
        Instant start = Instant.now();
        containers.stop(name, Duration.ofSeconds(1));
        Duration took = Duration.between(start, Instant.now());
        assertEquals("137", TestEngine.docker("inspect", "--format", "{{.State.ExitCode}}", name), "killed after the grace period");
        assertTrue(took.compareTo(Duration.ofSeconds(8)) < 0, "took " + took);
    }

    @Test
    void drainingTheOnlyNodeWarnsAndPauseActiveRoundTrips() {
        String nodeId = TestEngine.docker("info", "--format", "{{.Swarm.NodeID}}");
        AvailabilityCheck drain = fx.ops().nodes().check(nodeId, NodeAvailability.DRAIN);
        assertTrue(drain.needsConfirmation());
        assertTrue(drain.warning().contains("last active node"), drain.warning());
        assertFalse(fx.ops().nodes().check(nodeId, NodeAvailability.ACTIVE).needsConfirmation());

        try {
            fx.ops().nodes().setAvailability(nodeId, NodeAvailability.PAUSE);
            assertEquals("pause", TestEngine.docker("node", "inspect", nodeId, "--format", "{{.Spec.Availability}}"));
        } finally {
            fx.ops().nodes().setAvailability(nodeId, NodeAvailability.ACTIVE);
        }
        assertEquals("active", TestEngine.docker("node", "inspect", nodeId, "--format", "{{.Spec.Availability}}"));

        EngineException e = assertThrows(EngineException.class, () -> fx.ops().nodes().check("nosuchnode", NodeAvailability.DRAIN));
        assertEquals(EngineException.Kind.NOT_FOUND, e.kind());
        EngineException e2 = assertThrows(EngineException.class,
                () -> fx.ops().nodes().setAvailability("nosuchnode", NodeAvailability.ACTIVE));
        assertEquals(EngineException.Kind.NOT_FOUND, e2.kind());
    }

    @Test
    void removesAWholeStackInOrderAndSaysWhenItIsGone() {
        String stack = fx.name("stack");
        String label = "com.docker.stack.namespace=" + stack;
        fx.create(new String[] {"network", "rm", stack + "_net"}, "network", "create", "-d", "overlay", "--label", label, stack + "_net");
        fx.create(new String[] {"service", "rm", stack + "_web"}, "service", "create", "-d", "--name", stack + "_web",
                "--label", label, "--network", stack + "_net", "--stop-grace-period", "1s", "gantry-test/busybox:1");
        fx.create(new String[] {"secret", "rm", stack + "_pw"}, "secret", "create", "--label", label, stack + "_pw", "/etc/hostname");
        fx.create(new String[] {"config", "rm", stack + "_cfg"}, "config", "create", "--label", label, stack + "_cfg", "/etc/hostname");
        OpsFixture.await("the task to run", Duration.ofSeconds(60), () -> fx.ops().services().progress(stack + "_web").running() == 1);

        StackRemovalReport report = fx.ops().stacks().remove(stack);
        assertTrue(report.complete(), report.failed().toString());
        assertEquals(java.util.List.of("service " + stack + "_web", "network " + stack + "_net", "secret " + stack + "_pw",
                "config " + stack + "_cfg"), report.removed());
        assertEquals("", TestEngine.docker("service", "ls", "-q", "--filter", "label=" + label));
        // the engine deletes a swarm network asynchronously after accepting the removal
        OpsFixture.await("the network to disappear", Duration.ofSeconds(30),
                () -> TestEngine.docker("network", "ls", "-q", "--filter", "label=" + label).isEmpty());

        EngineException e = assertThrows(EngineException.class, () -> fx.ops().stacks().remove(stack));
        assertEquals(EngineException.Kind.NOT_FOUND, e.kind());
        assertTrue(e.getMessage().startsWith("Stack " + stack + " does not exist"), e.getMessage());
    }
}
