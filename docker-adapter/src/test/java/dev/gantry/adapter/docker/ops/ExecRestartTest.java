package dev.gantry.adapter.docker.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.api.ops.AuditEntry;
import dev.gantry.adapter.api.ops.ExecPreset;
import dev.gantry.adapter.api.ops.ExecRestartOperations;
import dev.gantry.adapter.api.ops.ExecRestartReport;
import dev.gantry.adapter.api.ops.ExecRestartRequest;
import dev.gantry.adapter.api.ops.ExecResult;
import dev.gantry.adapter.api.ops.ExecResult.Fallback;
import dev.gantry.adapter.api.ops.ExecResult.Outcome;
import dev.gantry.adapter.ops.ExecAuditLog;
import dev.gantry.adapter.testing.TestEngine;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExecRestartTest {

    @TempDir
    Path dir;
    private OpsFixture fx;
    private ExecRestartOperations exec;
    private ExecAuditLog audit;

    @BeforeEach
    void setUp() {
        fx = new OpsFixture();
        exec = fx.ops().execRestart();
        audit = new ExecAuditLog(dir.resolve("audit/exec-restart.jsonl"));
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private String container(String suffix, String image, String... cmd) {
        String name = fx.name(suffix);
        List<String> args = new java.util.ArrayList<>(List.of("run", "-d", "--name", name, image));
        args.addAll(List.of(cmd));
        fx.create(new String[] {"rm", "-f", name}, args.toArray(String[]::new));
        return name;
    }

    @Test
    void runsACommandAndSeparatesStdoutFromStderrAndAuditsIt() {
        String name = container("one", "gantry-test/busybox:1");
        List<ExecResult> seen = new CopyOnWriteArrayList<>();
        ExecRestartReport report = exec.run(ExecRestartRequest.container(name,
                ExecPreset.CUSTOM.command("echo reloaded; echo warn >&2")), audit, seen::add);
        assertTrue(report.succeeded(), report.toString());
        ExecResult r = report.results().get(0);
        assertEquals(Outcome.SUCCEEDED, r.outcome());
        assertEquals(0, r.exitCode());
        assertEquals("reloaded\n", r.stdout());
        assertEquals("warn\n", r.stderr());
        assertTrue(r.duration().toMillis() >= 0);
        assertEquals(List.of(r), seen);

        List<AuditEntry> entries = audit.readAll();
        assertEquals(1, entries.size());
        AuditEntry e = entries.get(0);
        assertEquals("SUCCEEDED", e.outcome());
        assertEquals("sh -c echo reloaded; echo warn >&2", e.command());
        assertTrue(e.target().contains(name), e.target());
        assertTrue(e.endpoint().contains(TestEngine.host().toString()), e.endpoint());
    }

    @Test
    void aMissingCommandSaysSoAndOffersARestart() {
        String name = container("nocmd", "gantry-test/busybox:1");
        ExecRestartReport report = exec.run(ExecRestartRequest.container(name, ExecPreset.NGINX_RELOAD.command(null)),
                audit, r -> { });
        ExecResult r = report.results().get(0);
        assertEquals(Outcome.COMMAND_NOT_FOUND, r.outcome(), r.toString());
        assertTrue(r.message().contains("\"nginx\" does not exist"), r.message());
        assertEquals(List.of(Fallback.RESTART_CONTAINER), r.fallbacks());
        assertEquals("COMMAND_NOT_FOUND", audit.readAll().get(0).outcome());
    }

    @Test
    void aStoppedContainerIsNotRunAndTheResultOffersARestart() {
        String name = container("stopped", "gantry-test/busybox:1");
        TestEngine.docker("stop", "-t", "1", name);
        ExecResult r = exec.run(ExecRestartRequest.container(name, ExecPreset.KILL_HUP_1.command(null)), audit, x -> { })
                .results().get(0);
        assertEquals(Outcome.NOT_RUNNING, r.outcome());
        assertTrue(r.message().contains("is not running"), r.message());
        assertEquals(List.of(Fallback.RESTART_CONTAINER), r.fallbacks());
    }

    @Test
    void aMissingContainerIsNotFound() {
        EngineException e = assertThrows(EngineException.class, () -> exec.run(
                ExecRestartRequest.container(fx.name("ghost"), List.of("true")), audit, r -> { }));
        assertEquals(EngineException.Kind.NOT_FOUND, e.kind());
        assertTrue(e.getMessage().contains(fx.name("ghost")), e.getMessage());
    }

    @Test
    void aCommandThatOutlivesItsTimeoutIsReported() {
        String name = container("slow", "gantry-test/busybox:1");
        ExecResult r = exec.run(new ExecRestartRequest(name, false, List.of("sleep", "30"), Duration.ofSeconds(1), null),
                audit, x -> { }).results().get(0);
        assertEquals(Outcome.TIMED_OUT, r.outcome());
    }

    @Test
    void restartsEveryReplicaOneAtATimeWaitingUntilHealthy() {
        String svc = fx.name("healthy");
        fx.create(new String[] {"service", "rm", svc}, "service", "create", "-d", "--name", svc, "--replicas", "2",
                "--stop-grace-period", "1s", "gantry-test/health:1");
        OpsFixture.await("2 healthy replicas", Duration.ofSeconds(90), () -> {
            String ps = TestEngine.docker("ps", "--filter", "label=com.docker.swarm.service.name=" + svc, "--format", "{{.Status}}");
            // swarm reports the task running only once its container is healthy: wait for both views
            return ps.lines().filter(l -> l.contains("(healthy)")).count() == 2
                    && fx.ops().services().progress(svc).running() == 2;
        });
        List<String> before = runningContainers(svc);
        // PID 1 exits on TERM: swarm replaces the task, and the new container is "starting" until its
        // first healthcheck passes; the next replica may only be touched after that
        List<ExecResult> seen = new CopyOnWriteArrayList<>();
        List<String> healthyWhenReported = new CopyOnWriteArrayList<>();
        ExecRestartReport report = exec.run(ExecRestartRequest.service(svc, List.of("kill", "1")), audit, r -> {
            seen.add(r);
            healthyWhenReported.add(TestEngine.docker("ps", "--filter", "label=com.docker.swarm.service.name=" + svc,
                    "--filter", "health=healthy", "--format", "{{.Names}}"));
        });
        assertTrue(report.succeeded(), report.toString());
        assertEquals(2, report.results().size());
        assertEquals(List.of(svc + ".1", svc + ".2"), report.results().stream()
                .map(r -> r.containerName().substring(0, r.containerName().lastIndexOf('.'))).toList(), "slot by slot");
        assertTrue(healthyWhenReported.get(0).contains(svc + ".1."), "slot 1's replacement was healthy before slot 2 was touched: "
                + healthyWhenReported);
        List<String> after = runningContainers(svc);
        assertEquals(2, after.size());
        assertTrue(after.stream().noneMatch(before::contains), "both replicas were restarted: " + before + " -> " + after);
        assertEquals(2, audit.readAll().size());
        assertTrue(audit.readAll().get(0).target().startsWith("service " + svc), audit.readAll().get(0).target());
    }

    private static List<String> runningContainers(String svc) {
        return TestEngine.docker("ps", "--no-trunc", "--filter", "label=com.docker.swarm.service.name=" + svc, "--format", "{{.ID}}")
                .lines().filter(l -> !l.isBlank()).toList();
    }

    @Test
    void aFailureStopsTheSequenceAndOffersAForceUpdate() {
        String svc = fx.name("fail");
        fx.create(new String[] {"service", "rm", svc}, "service", "create", "-d", "--name", svc, "--replicas", "2",
                "--stop-grace-period", "1s", "gantry-test/busybox:1");
        OpsFixture.await("2 running replicas", Duration.ofSeconds(90), () -> fx.ops().services().progress(svc).running() == 2);
        ExecRestartReport report = exec.run(ExecRestartRequest.service(svc, ExecPreset.CUSTOM.command("echo no >&2; exit 3")),
                audit, r -> { });
        assertEquals(1, report.results().size(), "stopped after the first failure");
        ExecResult r = report.results().get(0);
        assertEquals(Outcome.FAILED, r.outcome());
        assertEquals(3, r.exitCode());
        assertEquals("no\n", r.stderr());
        assertEquals(List.of(Fallback.RESTART_CONTAINER, Fallback.FORCE_UPDATE_SERVICE), r.fallbacks());
        assertEquals(1, report.notAttempted().size());
        assertTrue(!report.succeeded());
    }

    /** Each running replica's container and the time it (last) started, by slot. */
    private static java.util.Map<Integer, String> startedBySlot(String svc) {
        java.util.Map<Integer, String> out = new java.util.TreeMap<>();
        TestEngine.docker("ps", "--no-trunc", "--filter", "label=com.docker.swarm.service.name=" + svc, "--format",
                "{{.ID}} {{.Label \"com.docker.swarm.task.name\"}}").lines().filter(l -> !l.isBlank()).forEach(l -> {
                    String[] idAndTask = l.strip().split(" ");
                    out.put(DockerExecRestart.slotOf(idAndTask[1]), idAndTask[0].substring(0, 12) + " started "
                            + TestEngine.docker("inspect", "--format", "{{.State.StartedAt}}", idAndTask[0]).strip());
                });
        return out;
    }

    /**
     * "Restart the container instead" restarted only the replica whose command failed; the replicas
     * listed as not attempted were left as they were. It now goes through all of them, slot by slot,
     * each running again before the next.
     */
    @Test
    void theRestartFallbackRestartsTheFailedReplicaAndThoseNotAttemptedOneAtATime() {
        String svc = fx.name("fallback");
        fx.create(new String[] {"service", "rm", svc}, "service", "create", "-d", "--name", svc, "--replicas", "3",
                "--stop-grace-period", "1s", "gantry-test/busybox:1");
        OpsFixture.await("3 running replicas", Duration.ofSeconds(90), () -> fx.ops().services().progress(svc).running() == 3
                && startedBySlot(svc).size() == 3);
        ExecRestartReport failed = exec.run(ExecRestartRequest.service(svc, ExecPreset.CUSTOM.command("exit 3")), audit, r -> { });
        assertEquals(1, failed.results().size());
        assertEquals(2, failed.notAttempted().size(), failed.toString());
        java.util.Map<Integer, String> before = startedBySlot(svc);
        assertEquals(List.of(1, 2, 3), List.copyOf(before.keySet()));

        List<java.util.Map<Integer, String>> whenReported = new CopyOnWriteArrayList<>();
        List<ExecResult> seen = new CopyOnWriteArrayList<>();
        ExecRestartReport report = exec.restartInstead(failed, audit, r -> {
            seen.add(r);
            whenReported.add(startedBySlot(svc));
        });

        assertTrue(report.succeeded(), report.toString());
        assertEquals(List.of(svc + ".1", svc + ".2", svc + ".3"), report.results().stream()
                .map(r -> r.containerName().substring(0, r.containerName().lastIndexOf('.'))).toList(), "slot by slot");
        assertEquals(report.results(), seen);
        assertTrue(report.results().stream().allMatch(r -> r.command().equals("restart")), report.toString());
        for (int slot = 1; slot <= 3; slot++) {
            java.util.Map<Integer, String> then = whenReported.get(slot - 1);
            for (int other = 1; other <= 3; other++) {
                if (other <= slot) {
                    assertNotEquals(before.get(other), then.get(other), "slot " + other + " restarted when slot " + slot
                            + " was reported: " + before + " -> " + then);
                } else {
                    assertEquals(before.get(other), then.get(other), "slot " + other + " not yet touched when slot " + slot
                            + " was reported: " + before + " -> " + then);
                }
            }
        }
        assertEquals(3, startedBySlot(svc).size(), "all three run again");
        List<AuditEntry> entries = audit.readAll();
        assertEquals(List.of("restart", "restart", "restart"), entries.subList(1, 4).stream().map(AuditEntry::command).toList());
    }

    @Test
    void theRestartFallbackOfOneStoppedContainerStartsIt() {
        String name = container("down", "gantry-test/busybox:1");
        TestEngine.docker("stop", "-t", "1", name);
        ExecRestartReport failed = exec.run(ExecRestartRequest.container(name, ExecPreset.KILL_HUP_1.command(null)), audit, x -> { });
        assertEquals(Outcome.NOT_RUNNING, failed.results().get(0).outcome());
        ExecRestartReport report = exec.restartInstead(failed, audit, x -> { });
        assertTrue(report.succeeded(), report.toString());
        assertEquals("true", TestEngine.docker("inspect", "--format", "{{.State.Running}}", name).strip());
        assertThrows(IllegalArgumentException.class, () -> exec.restartInstead(report, audit, x -> { }),
                "nothing to fall back from after a success");
    }

    @Test
    void aContainerThatTurnsUnhealthyAfterTheCommandIsNotReady() {
        String name = container("sick", "gantry-test/health:1");
        OpsFixture.await("healthy", Duration.ofSeconds(60),
                () -> "healthy".equals(TestEngine.docker("inspect", "--format", "{{.State.Health.Status}}", name)));
        ExecResult r = exec.run(new ExecRestartRequest(name, false, List.of("touch", "/tmp/unhealthy"), null, Duration.ofSeconds(6)),
                audit, x -> { }).results().get(0);
        assertEquals(Outcome.NOT_READY, r.outcome(), r.toString());
        assertEquals(0, r.exitCode());
        assertTrue(r.message().contains("it is unhealthy"), r.message());
        assertEquals(List.of(Fallback.RESTART_CONTAINER), r.fallbacks());
    }

    @Test
    void aServiceWithoutRunningReplicasIsRefusedWithASentence() {
        String svc = fx.name("empty");
        fx.create(new String[] {"service", "rm", svc}, "service", "create", "-d", "--name", svc, "--replicas", "0",
                "gantry-test/busybox:1");
        EngineException e = assertThrows(EngineException.class,
                () -> exec.run(ExecRestartRequest.service(svc, List.of("true")), audit, r -> { }));
        assertEquals(EngineException.Kind.BAD_REQUEST, e.kind());
        assertTrue(e.getMessage().contains("no running replica"), e.getMessage());
    }
}
