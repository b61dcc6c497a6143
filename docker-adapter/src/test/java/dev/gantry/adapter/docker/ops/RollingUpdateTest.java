package dev.gantry.adapter.docker.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.api.TaskInfo;
import dev.gantry.adapter.api.ops.ServiceOperations;
import dev.gantry.adapter.api.ops.ServiceProgress;
import dev.gantry.adapter.api.ops.ServiceProgress.Phase;
import dev.gantry.adapter.api.ops.ServiceUpdateRequest;
import dev.gantry.adapter.api.ops.StackRollbackReport;
import dev.gantry.adapter.api.ops.UpdatePolicy;
import dev.gantry.adapter.api.ops.WatchGoal;
import dev.gantry.adapter.testing.TestEngine;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RollingUpdateTest {

    private static final UpdatePolicy FAST_ROLLBACK = new UpdatePolicy(1, Duration.ZERO, UpdatePolicy.Order.STOP_FIRST,
            UpdatePolicy.FailureAction.ROLLBACK, Duration.ofSeconds(2), 0.0);
    private OpsFixture fx;
    private ServiceOperations services;

    @BeforeEach
    void setUp() {
        fx = new OpsFixture();
        services = fx.ops().services();
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private String service(String suffix, int replicas, String... labels) {
        String name = fx.name(suffix);
        List<String> args = new java.util.ArrayList<>(List.of("service", "create", "-d", "--name", name, "--replicas",
                String.valueOf(replicas), "--stop-grace-period", "1s", "--rollback-monitor", "1s", "--rollback-parallelism", "0"));
        for (String l : labels) {
            args.addAll(List.of("--label", l));
        }
        args.add("gantry-test/busybox:1");
        fx.create(new String[] {"service", "rm", name}, args.toArray(String[]::new));
        return name;
    }

    private ServiceProgress awaitUpdate(String name, List<ServiceProgress> seen) throws Exception {
        return services.watch(name, WatchGoal.UPDATE_FINISHED, Duration.ofSeconds(120), seen::add)
                .outcome().get(130, TimeUnit.SECONDS);
    }

    private void awaitRunningImage(String name, String image, int count) {
        OpsFixture.await(count + " tasks running " + image, Duration.ofSeconds(60), () -> {
            ServiceProgress p = services.progress(name);
            return p.running() == count && p.tasks().stream().filter(TaskInfo::isRunning).allMatch(t -> image.equals(t.image()));
        });
    }

    @Test
    void updatesToANewImageThenRollsBackAFailedUpdateToThePreviousImage() throws Exception {
        String name = service("upd", 2);
        awaitRunningImage(name, "gantry-test/busybox:1", 2);

        services.update(name, ServiceUpdateRequest.image("gantry-test/busybox:2")
                .withEnv(Map.of("GANTRY_STAGE", "two"), Set.of())
                .withPolicy(FAST_ROLLBACK));
        List<ServiceProgress> seen = new CopyOnWriteArrayList<>();
        ServiceProgress done = awaitUpdate(name, seen);
        assertEquals(Phase.UPDATE_COMPLETED, done.phase(), done.summary());
        assertTrue(seen.stream().anyMatch(p -> p.phase() == Phase.UPDATING), "progress was reported while updating");
        awaitRunningImage(name, "gantry-test/busybox:2", 2);
        String task = services.progress(name).tasks().get(0).containerId();
        assertEquals("2", TestEngine.docker("exec", task, "cat", "/version"), "the new image runs in the tasks");
        assertEquals("[GANTRY_STAGE=two]", TestEngine.docker("service", "inspect", name, "--format",
                "{{.Spec.TaskTemplate.ContainerSpec.Env}}"));
        assertEquals("rollback", TestEngine.docker("service", "inspect", name, "--format", "{{.Spec.UpdateConfig.FailureAction}}"));
        assertEquals("2s", TestEngine.docker("service", "inspect", name, "--format", "{{.Spec.UpdateConfig.Monitor}}"));

        services.update(name, ServiceUpdateRequest.image("gantry-test/nope:9"));
        seen.clear();
        ServiceProgress failed = awaitUpdate(name, seen);
        assertEquals(Phase.ROLLED_BACK, failed.phase(), failed.summary());
        assertTrue(failed.summary().contains("rolled back"), failed.summary());
        assertTrue(failed.recentErrors().stream().anyMatch(e -> e.contains("No such image: gantry-test/nope:9")),
                failed.recentErrors().toString());
        assertEquals("gantry-test/busybox:2", SpecJson.imageWithoutDigest(TestEngine.docker("service", "inspect", name,
                "--format", "{{.Spec.TaskTemplate.ContainerSpec.Image}}")));
        awaitRunningImage(name, "gantry-test/busybox:2", 2);
    }

    @Test
    void serviceRollbackReturnsToThePreviousSpec() throws Exception {
        String name = service("rb", 1);
        services.update(name, ServiceUpdateRequest.image("gantry-test/busybox:2").withPolicy(FAST_ROLLBACK));
        assertEquals(Phase.UPDATE_COMPLETED, awaitUpdate(name, new CopyOnWriteArrayList<>()).phase());

        services.rollback(name);
        ServiceProgress back = awaitUpdate(name, new CopyOnWriteArrayList<>());
        assertEquals(Phase.ROLLED_BACK, back.phase(), back.summary());
        assertEquals("gantry-test/busybox:1", SpecJson.imageWithoutDigest(TestEngine.docker("service", "inspect", name,
                "--format", "{{.Spec.TaskTemplate.ContainerSpec.Image}}")));
        awaitRunningImage(name, "gantry-test/busybox:1", 1);
    }

    @Test
    void rollbackOfANeverUpdatedServiceSaysThereIsNothingToReturnTo() {
        String name = service("fresh", 1);
        EngineException e = assertThrows(EngineException.class, () -> services.rollback(name));
        assertEquals(EngineException.Kind.BAD_REQUEST, e.kind());
        assertTrue(e.getMessage().contains("no previous version"), e.getMessage());
    }

    @Test
    void aPausedUpdateResumesWhenTheSpecIsSentAgain() throws Exception {
        String name = service("pause", 1);
        services.update(name, ServiceUpdateRequest.image("gantry-test/nope:9").withPolicy(new UpdatePolicy(1, Duration.ZERO,
                UpdatePolicy.Order.STOP_FIRST, UpdatePolicy.FailureAction.PAUSE, Duration.ofSeconds(2), 0.0)));
        ServiceProgress paused = awaitUpdate(name, new CopyOnWriteArrayList<>());
        assertEquals(Phase.UPDATE_PAUSED, paused.phase(), paused.summary());

        // the user fixes the image and resumes; resume alone re-sends the spec and restarts the updater
        services.update(name, ServiceUpdateRequest.image("gantry-test/busybox:2"));
        ServiceProgress resumed = awaitUpdate(name, new CopyOnWriteArrayList<>());
        assertEquals(Phase.UPDATE_COMPLETED, resumed.phase(), resumed.summary());
        awaitRunningImage(name, "gantry-test/busybox:2", 1);

        services.resumeUpdate(name);
        assertEquals(Phase.UPDATE_COMPLETED, awaitUpdate(name, new CopyOnWriteArrayList<>()).phase());
    }

    @Test
    void stackRollbackRollsBackTheServicesGantryChangedLast() throws Exception {
        String stack = fx.name("stk");
        String a = service("stk_a", 1, "com.docker.stack.namespace=" + stack);
        String b = service("stk_b", 1, "com.docker.stack.namespace=" + stack);
        services.update(a, ServiceUpdateRequest.image("gantry-test/busybox:2").withPolicy(FAST_ROLLBACK));
        assertEquals(Phase.UPDATE_COMPLETED, awaitUpdate(a, new CopyOnWriteArrayList<>()).phase());
        assertEquals(List.of(a), fx.ops().stacks().lastChange(stack).serviceNames());

        StackRollbackReport report = fx.ops().stacks().rollback(stack);
        assertEquals(List.of(a), report.rolledBack());
        assertTrue(report.failed().isEmpty(), report.failed().toString());
        assertEquals(Phase.ROLLED_BACK, awaitUpdate(a, new CopyOnWriteArrayList<>()).phase());
        awaitRunningImage(a, "gantry-test/busybox:1", 1);
        assertEquals("", TestEngine.docker("service", "inspect", b, "--format", "{{.UpdateStatus}}").replace("<nil>", ""),
                "the untouched service was not rolled back");

        EngineException e = assertThrows(EngineException.class, () -> fx.ops().stacks().rollback(fx.name("other")));
        assertEquals(EngineException.Kind.BAD_REQUEST, e.kind());
    }

    @Test
    void anEmptyUpdateIsRefused() {
        String name = service("empty", 1);
        EngineException e = assertThrows(EngineException.class,
                () -> services.update(name, new ServiceUpdateRequest(" ", Map.of(), Set.of(), null)));
        assertEquals(EngineException.Kind.BAD_REQUEST, e.kind());
    }
}
