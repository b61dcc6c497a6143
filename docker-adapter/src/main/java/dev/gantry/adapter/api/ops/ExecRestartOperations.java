package dev.gantry.adapter.api.ops;

import java.util.function.Consumer;

/** Exec-restart: run a reload command inside running containers without recreating them. */
public interface ExecRestartOperations {

    /**
     * Runs the request, calling {@code onResult} after each container (from the calling thread).
     * Hands one audit entry per container to {@code audit} (the app passes its
     * {@code dev.gantry.adapter.ops.ExecAuditLog}).
     *
     * @throws dev.gantry.adapter.api.EngineException NOT_FOUND when the target does not exist,
     *         BAD_REQUEST when a service has no running replica
     */
    ExecRestartReport run(ExecRestartRequest request, Consumer<AuditEntry> audit, Consumer<ExecResult> onResult);

    /**
     * The fallback after an exec-restart that failed: restarts the container whose command failed,
     * then the replicas not attempted, one at a time in the same order (each time its slot's current
     * container), each running again, and healthy where it has a healthcheck, before the next. A
     * failure stops it; the rest are listed as not attempted. Results and audit entries as for
     * {@link #run}, with the command "restart".
     *
     * @param failed the report of {@link #run} that did not succeed
     * @throws IllegalArgumentException when that report succeeded (nothing to fall back from)
     */
    ExecRestartReport restartInstead(ExecRestartReport failed, Consumer<AuditEntry> audit, Consumer<ExecResult> onResult);
}
