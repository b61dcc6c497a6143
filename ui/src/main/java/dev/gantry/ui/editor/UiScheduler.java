package dev.gantry.ui.editor;

import java.time.Duration;

/** Runs an action on the UI thread after a delay; the view-model's debouncing goes through it. */
public interface UiScheduler {

    /** A scheduled action that has not run yet can be cancelled. */
    interface Scheduled {
        void cancel();
    }

    Scheduled schedule(Duration delay, Runnable onUiThread);
}
