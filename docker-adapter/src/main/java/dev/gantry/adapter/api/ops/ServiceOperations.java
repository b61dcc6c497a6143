package dev.gantry.adapter.api.ops;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * Swarm service operations. Every change reads the service afresh and sends its Version.Index; on
 * the engine's "update out of sequence" it re-reads once and retries, then reports a CONFLICT.
 * Errors are {@link dev.gantry.adapter.api.EngineException}s with a user sentence.
 */
public interface ServiceOperations {

    /**
     * Sets a replicated service's replica count. Validate the user's text first with
     * {@link ReplicaInput#parse(String)}.
     *
     * @throws dev.gantry.adapter.api.EngineException BAD_REQUEST for a negative count or a global
     *         service, NOT_FOUND when the service is gone
     */
    void scale(String service, long replicas);

    /** Starts a rolling update: image, environment and/or update policy. */
    void update(String service, ServiceUpdateRequest request);

    /**
     * Resumes a paused update. The API has no pause or resume verb; the engine restarts a paused
     * update when the service is updated again, so this re-sends the current spec (as
     * {@code docker service update SERVICE} does).
     */
    void resumeUpdate(String service);

    /** Rolls back to the engine's PreviousSpec (the CLI's {@code docker service rollback}). */
    void rollback(String service);

    /** Re-deploys every task without changing the spec (ForceUpdate + 1). */
    void forceRedeploy(String service);

    void remove(String service);

    /** The service's state and tasks now. */
    ServiceProgress progress(String service);

    /**
     * Watches the service until the goal is reached, it fails, or the timeout passes. Driven by the
     * engine's event stream (service and container events trigger a re-read), with a slow fallback
     * re-read because task state changes have no events of their own. Listener calls come from
     * the watch's own thread.
     */
    ProgressWatch watch(String service, WatchGoal goal, Duration timeout, Consumer<ServiceProgress> listener);
}
