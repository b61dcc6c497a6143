package dev.gantry.adapter.docker.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.api.ops.ReplicaInput;
import dev.gantry.adapter.api.ops.ServiceOperations;
import dev.gantry.adapter.api.ops.ServiceProgress;
import dev.gantry.adapter.api.ops.ServiceProgress.Phase;
import dev.gantry.adapter.api.ops.WatchGoal;
import dev.gantry.adapter.testing.TestEngine;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ServiceOperationsTest {

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

    private String createService(String suffix, String... extra) {
        String name = fx.name(suffix);
        List<String> args = new java.util.ArrayList<>(List.of("service", "create", "-d", "--name", name, "--stop-grace-period", "1s"));
        args.addAll(List.of(extra));
        args.add("gantry-test/busybox:1");
        fx.create(new String[] {"service", "rm", name}, args.toArray(String[]::new));
        return name;
    }

    @Test
    void scalesAReplicatedServiceAndWatchesItConverge() throws Exception {
        String name = createService("web", "--replicas", "1");
        services.scale(name, 3);
        List<ServiceProgress> seen = new CopyOnWriteArrayList<>();
        ServiceProgress done = services.watch(name, WatchGoal.CONVERGED, Duration.ofSeconds(90), seen::add)
                .outcome().get(100, TimeUnit.SECONDS);
        assertEquals(Phase.CONVERGED, done.phase(), done.summary());
        assertEquals(3, done.desired());
        assertEquals(3, done.running());
        assertEquals("3", TestEngine.docker("service", "inspect", name, "--format", "{{.Spec.Mode.Replicated.Replicas}}"));
        assertTrue(seen.size() >= 1);

        services.scale(name, 0);
        ServiceProgress zero = services.watch(name, WatchGoal.CONVERGED, Duration.ofSeconds(90), p -> { })
                .outcome().get(100, TimeUnit.SECONDS);
        assertEquals(Phase.CONVERGED, zero.phase(), zero.summary());
        assertEquals(0, zero.running());
    }

    @Test
    void refusesNegativeAndNonNumericCountsWithASentence() {
        String name = createService("bad", "--replicas", "1");
        EngineException e = assertThrows(EngineException.class, () -> services.scale(name, -1));
        assertEquals(EngineException.Kind.BAD_REQUEST, e.kind());
        assertTrue(e.getMessage().contains("cannot be negative"), e.getMessage());

        ReplicaInput.Result abc = ReplicaInput.parse("abc");
        assertTrue(!abc.valid() && abc.error().contains("\"abc\" is not a number"), abc.error());
        assertEquals("1", TestEngine.docker("service", "inspect", name, "--format", "{{.Spec.Mode.Replicated.Replicas}}"),
                "a refused scale changes nothing");
    }

    @Test
    void refusesToScaleAGlobalServiceAndSaysWhy() {
        String name = createService("global", "--mode", "global");
        EngineException e = assertThrows(EngineException.class, () -> services.scale(name, 2));
        assertEquals(EngineException.Kind.BAD_REQUEST, e.kind());
        assertTrue(e.getMessage().contains("is global"), e.getMessage());
    }

    @Test
    void scalingAMissingServiceIsNotFound() {
        EngineException e = assertThrows(EngineException.class, () -> services.scale(fx.name("nothere"), 2));
        assertEquals(EngineException.Kind.NOT_FOUND, e.kind());
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void retriesOnceWhenSomeoneElseUpdatedMeanwhile() {
        String name = createService("race", "--replicas", "1");
        DockerServiceOperations impl = (DockerServiceOperations) services;
        AtomicInteger attempts = new AtomicInteger();
        impl.change(name, "scale", spec -> {
            if (attempts.incrementAndGet() == 1) { // a concurrent change after our read: our version is stale
                TestEngine.docker("service", "update", "-d", "--label-add", "race=1", name);
            }
            return SpecEditor.scaled(spec, 2);
        }, false);
        assertEquals(2, attempts.get(), "read again after 'update out of sequence'");
        assertEquals("2", TestEngine.docker("service", "inspect", name, "--format", "{{.Spec.Mode.Replicated.Replicas}}"));
        assertEquals("1", TestEngine.docker("service", "inspect", name, "--format", "{{index .Spec.Labels \"race\"}}"),
                "the retry re-read the spec and kept the other change");
    }

    @Test
    void reportsAConflictWhenTheRetryIsStaleToo() {
        String name = createService("race2", "--replicas", "1");
        DockerServiceOperations impl = (DockerServiceOperations) services;
        AtomicInteger n = new AtomicInteger();
        EngineException e = assertThrows(EngineException.class, () -> impl.change(name, "scale", spec -> {
            TestEngine.docker("service", "update", "-d", "--label-add", "race=" + n.incrementAndGet(), name);
            ObjectNode s = SpecEditor.scaled(spec, 2);
            return s;
        }, false));
        assertEquals(EngineException.Kind.CONFLICT, e.kind());
        assertTrue(e.getMessage().contains("changed it at the same time"), e.getMessage());
        assertEquals(2, n.get());
    }

    @Test
    void forceRedeployReplacesTheTasks() throws Exception {
        String name = createService("force", "--replicas", "1");
        services.watch(name, WatchGoal.CONVERGED, Duration.ofSeconds(60), p -> { }).outcome().get(70, TimeUnit.SECONDS);
        String before = services.progress(name).tasks().get(0).id();
        services.forceRedeploy(name);
        assertEquals("1", TestEngine.docker("service", "inspect", name, "--format", "{{.Spec.TaskTemplate.ForceUpdate}}"));
        ServiceProgress done = services.watch(name, WatchGoal.UPDATE_FINISHED, Duration.ofSeconds(90), p -> { })
                .outcome().get(100, TimeUnit.SECONDS);
        assertEquals(Phase.UPDATE_COMPLETED, done.phase(), done.summary());
        OpsFixture.await("a new running task", Duration.ofSeconds(60), () -> {
            ServiceProgress p = services.progress(name);
            return p.running() == 1 && !p.tasks().get(0).id().equals(before);
        });
    }

    @Test
    void watchGivesUpWhenTasksKeepFailing() throws Exception {
        String name = fx.name("crash");
        fx.create(new String[] {"service", "rm", name}, "service", "create", "-d", "--name", name,
                "--restart-delay", "1s", "gantry-test/busybox:1", "sh", "-c", "echo boom; exit 3");
        ServiceProgress done = services.watch(name, WatchGoal.CONVERGED, Duration.ofSeconds(90), p -> { })
                .outcome().get(100, TimeUnit.SECONDS);
        assertEquals(Phase.FAILING, done.phase(), done.summary());
        assertTrue(done.consecutiveFailures() >= ProgressCalculator.FAILURES_TO_GIVE_UP);
        assertTrue(done.recentErrors().get(0).contains("non-zero exit (3)"), done.recentErrors().toString());
    }

    @Test
    void watchEndsAtItsTimeout() throws Exception {
        String name = createService("slow", "--replicas", "1");
        services.scale(name, 1);
        // an update that cannot finish in 1 s: the watch must still end
        services.update(name, dev.gantry.adapter.api.ops.ServiceUpdateRequest.image("gantry-test/nope:9"));
        ServiceProgress done = services.watch(name, WatchGoal.UPDATE_FINISHED, Duration.ofSeconds(1), p -> { })
                .outcome().get(30, TimeUnit.SECONDS);
        assertTrue(done.phase() == Phase.TIMED_OUT || done.phase().isFinal(), done.summary());
    }

    @Test
    void removingAServiceTwiceSaysItIsGone() {
        String name = createService("gone", "--replicas", "0");
        services.remove(name);
        EngineException e = assertThrows(EngineException.class, () -> services.remove(name));
        assertEquals(EngineException.Kind.NOT_FOUND, e.kind());
        assertEquals("Service " + name + " does not exist (any more), so Gantry cannot remove it.", e.getMessage());
    }
}
