package dev.gantry.adapter.docker.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.adapter.api.ops.ServiceProgress;
import dev.gantry.adapter.api.ops.ServiceProgress.Phase;
import dev.gantry.adapter.api.ops.WatchGoal;
import org.junit.jupiter.api.Test;

class ProgressCalculatorTest {

    private static JsonNode json(String s) throws Exception {
        return EngineHttp.MAPPER.readTree(s.replace('\'', '"'));
    }

    private static String service(String image, int replicas, String updateState) {
        return "{'ID':'svc1','Spec':{'Name':'web','Mode':{'Replicated':{'Replicas':" + replicas + "}},"
                + "'TaskTemplate':{'ContainerSpec':{'Image':'" + image + "'},'ForceUpdate':0}}"
                + (updateState == null ? "" : ",'UpdateStatus':{'State':'" + updateState + "','Message':'m'}") + "}";
    }

    private static String task(String id, String image, String state, String desired, String time, String err) {
        return "{'ID':'" + id + "','ServiceID':'svc1','Slot':1,'CreatedAt':'" + time + "','DesiredState':'" + desired + "',"
                + "'Spec':{'ContainerSpec':{'Image':'" + image + "'}},"
                + "'Status':{'Timestamp':'" + time + "','State':'" + state + "'" + (err == null ? "" : ",'Err':'" + err + "'") + "}}";
    }

    @Test
    void countsUpdatedAndOldTasksWhileUpdating() throws Exception {
        JsonNode tasks = json("[" + task("a", "img:2@sha256:x", "running", "running", "2026-01-01T10:00:02Z", null) + ","
                + task("b", "img:1", "running", "running", "2026-01-01T10:00:01Z", null) + ","
                + task("c", "img:1", "shutdown", "shutdown", "2026-01-01T10:00:00Z", null) + "]");
        ServiceProgress p = ProgressCalculator.compute(json(service("img:2", 2, "updating")), tasks, WatchGoal.UPDATE_FINISHED);
        assertEquals(Phase.UPDATING, p.phase());
        assertEquals(2, p.running());
        assertEquals(1, p.updatedRunning());
        assertEquals(1, p.oldRunning());
        assertEquals(2, p.tasks().size());
        assertTrue(p.summary().contains("1 updated, 1 old"), p.summary());
    }

    @Test
    void aCompletedRollbackDoesNotClaimTheUpdateFailed() throws Exception {
        // "rollback completed" follows a manual rollback as well as one after failing tasks: the
        // engine's final status does not say which, so the summary must not say "failed" (it did,
        // after Roll back was pressed on an update that had completed).
        JsonNode tasks = json("[" + task("a", "img:1", "running", "running", "2026-01-01T10:00:02Z", null) + "]");
        String summary = ProgressCalculator.compute(json(service("img:1", 1, "rollback_completed")), tasks,
                WatchGoal.UPDATE_FINISHED).summary();
        assertFalse(summary.contains("failed"), summary);
        assertTrue(summary.contains("rolled back to its previous spec") && summary.contains("img:1"), summary);
    }

    @Test
    void mapsTheEngineUpdateStatesToFinalPhases() throws Exception {
        JsonNode tasks = json("[" + task("a", "img:1", "running", "running", "2026-01-01T10:00:02Z", null) + "]");
        assertEquals(Phase.UPDATE_COMPLETED, ProgressCalculator.compute(json(service("img:1", 1, "completed")), tasks,
                WatchGoal.UPDATE_FINISHED).phase());
        assertEquals(Phase.UPDATE_PAUSED, ProgressCalculator.compute(json(service("img:1", 1, "paused")), tasks,
                WatchGoal.UPDATE_FINISHED).phase());
        assertEquals(Phase.ROLLED_BACK, ProgressCalculator.compute(json(service("img:1", 1, "rollback_completed")), tasks,
                WatchGoal.UPDATE_FINISHED).phase());
        assertEquals(Phase.ROLLING_BACK, ProgressCalculator.compute(json(service("img:1", 1, "rollback_started")), tasks,
                WatchGoal.UPDATE_FINISHED).phase());
        assertEquals(Phase.UPDATE_COMPLETED, ProgressCalculator.compute(json(service("img:1", 1, null)), tasks,
                WatchGoal.UPDATE_FINISHED).phase(), "no status and every task on the spec: nothing left to do");
        assertEquals(Phase.UPDATING, ProgressCalculator.compute(json(service("img:2", 1, null)), tasks,
                WatchGoal.UPDATE_FINISHED).phase(), "no status yet and old tasks: the update has not started");
    }

    @Test
    void convergenceGivesUpAfterConsecutiveFailuresAndShowsTheError() throws Exception {
        JsonNode tasks = json("[" + task("d", "img:1", "failed", "shutdown", "2026-01-01T10:00:04Z", "task: non-zero exit (3)") + ","
                + task("c", "img:1", "failed", "shutdown", "2026-01-01T10:00:03Z", "task: non-zero exit (3)") + ","
                + task("b", "img:1", "rejected", "shutdown", "2026-01-01T10:00:02Z", "No such image") + ","
                + task("e", "img:1", "pending", "running", "2026-01-01T10:00:05Z", null) + ","
                + task("a", "img:1", "complete", "shutdown", "2026-01-01T10:00:01Z", null) + "]");
        ServiceProgress p = ProgressCalculator.compute(json(service("img:1", 1, null)), tasks, WatchGoal.CONVERGED);
        assertEquals(Phase.FAILING, p.phase());
        assertEquals(3, p.consecutiveFailures());
        assertEquals("task d failed: task: non-zero exit (3)", p.recentErrors().get(0));
        assertTrue(p.summary().contains("keep failing"), p.summary());
    }

    @Test
    void convergedWhenRunningEqualsDesired() throws Exception {
        JsonNode tasks = json("[" + task("a", "img:1", "running", "running", "2026-01-01T10:00:02Z", null) + ","
                + task("b", "img:1", "failed", "shutdown", "2026-01-01T10:00:01Z", "boom") + "]");
        ServiceProgress p = ProgressCalculator.compute(json(service("img:1", 1, "completed")), tasks, WatchGoal.CONVERGED);
        assertEquals(Phase.CONVERGED, p.phase());
        assertEquals(0, p.consecutiveFailures(), "a running task after the failure breaks the streak");
        assertEquals(Phase.CONVERGING, ProgressCalculator.compute(json(service("img:1", 3, null)), tasks, WatchGoal.CONVERGED).phase());
    }
}
