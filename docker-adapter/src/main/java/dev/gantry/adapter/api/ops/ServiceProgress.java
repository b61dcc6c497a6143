package dev.gantry.adapter.api.ops;

import dev.gantry.adapter.api.TaskInfo;
import java.util.List;

/**
 * A service's progress towards its spec, from its UpdateStatus and tasks.
 *
 * @param desired          desired replicas (for global services: tasks desired running)
 * @param running          tasks running
 * @param updatedRunning   running tasks on the current spec's image
 * @param oldRunning       running tasks still on another image
 * @param image            the current spec's image
 * @param updateState      the engine's UpdateStatus state (updating, paused, completed,
 *                         rollback_started, rollback_paused, rollback_completed) or null
 * @param updateMessage    the engine's UpdateStatus message or null
 * @param tasks            the tasks that are meant to run (desired state running), newest first
 * @param recentErrors     errors of recently failed or rejected tasks, newest first
 * @param consecutiveFailures how many of the newest finished tasks failed in a row
 * @param phase            where it stands; {@link Phase#isFinal()} ends a watch
 * @param summary          one sentence for the user
 */
public record ServiceProgress(
        String serviceId,
        String serviceName,
        long desired,
        long running,
        long updatedRunning,
        long oldRunning,
        String image,
        String updateState,
        String updateMessage,
        List<TaskInfo> tasks,
        List<String> recentErrors,
        int consecutiveFailures,
        Phase phase,
        String summary) {

    public enum Phase {
        CONVERGING(false), UPDATING(false), ROLLING_BACK(false),
        CONVERGED(true), UPDATE_COMPLETED(true), UPDATE_PAUSED(true), ROLLED_BACK(true),
        ROLLBACK_PAUSED(true), FAILING(true), TIMED_OUT(true), CANCELLED(true);

        private final boolean isFinal;

        Phase(boolean isFinal) {
            this.isFinal = isFinal;
        }

        public boolean isFinal() {
            return isFinal;
        }
    }

    public ServiceProgress {
        tasks = List.copyOf(tasks);
        recentErrors = List.copyOf(recentErrors);
    }

    public ServiceProgress withPhase(Phase newPhase, String newSummary) {
        return new ServiceProgress(serviceId, serviceName, desired, running, updatedRunning, oldRunning, image,
                updateState, updateMessage, tasks, recentErrors, consecutiveFailures, newPhase, newSummary);
    }
}
