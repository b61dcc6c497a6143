package dev.gantry.adapter.api.ops;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of an exec-restart in one container.
 *
 * @param exitCode  the command's exit code, or null when it did not run or did not finish
 * @param message   one sentence for the user
 * @param fallbacks what the user may do instead (restart the container, force-update the service)
 */
public record ExecResult(String containerId, String containerName, String command, Outcome outcome, Integer exitCode,
                         String stdout, String stderr, Duration duration, String message, List<Fallback> fallbacks) {

    public enum Outcome {
        /** Exit 0, and the container was running (and healthy) again afterwards. */
        SUCCEEDED,
        /** The command exited non-zero. */
        FAILED,
        /** The executable is not in the container (exit 126/127, OCI "executable file not found"). */
        COMMAND_NOT_FOUND,
        /** The container was not running, so nothing could be executed in it. */
        NOT_RUNNING,
        /** The command did not finish within the exec timeout. */
        TIMED_OUT,
        /** The command ran, but the container was not running (or healthy) again in time. */
        NOT_READY
    }

    public enum Fallback { RESTART_CONTAINER, FORCE_UPDATE_SERVICE }

    public ExecResult {
        fallbacks = List.copyOf(fallbacks);
        stdout = stdout == null ? "" : stdout;
        stderr = stderr == null ? "" : stderr;
    }

    public boolean succeeded() {
        return outcome == Outcome.SUCCEEDED;
    }
}
