package dev.gantry.adapter.api.ops;

/** What a {@link ProgressWatch} waits for. */
public enum WatchGoal {
    /** Running tasks equal the desired count (after a scale or a re-deploy). */
    CONVERGED,
    /** The current update (or rollback) ends: completed, paused or rolled back. */
    UPDATE_FINISHED
}
