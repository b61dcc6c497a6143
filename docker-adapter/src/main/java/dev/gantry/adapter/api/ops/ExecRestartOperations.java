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
}
