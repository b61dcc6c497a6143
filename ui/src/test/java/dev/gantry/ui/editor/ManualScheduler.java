package dev.gantry.ui.editor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A scheduler the test fires by hand: nothing runs until {@link #fire()}. */
final class ManualScheduler implements UiScheduler {
    private final List<Task> tasks = new ArrayList<>();

    private static final class Task implements Scheduled {
        final Duration delay;
        final Runnable action;
        boolean cancelled;

        Task(Duration delay, Runnable action) {
            this.delay = delay;
            this.action = action;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    @Override
    public Scheduled schedule(Duration delay, Runnable onUiThread) {
        Task t = new Task(delay, onUiThread);
        tasks.add(t);
        return t;
    }

    /** Pending (not cancelled) actions with this delay. */
    long pending(Duration delay) {
        return tasks.stream().filter(t -> !t.cancelled && t.delay.equals(delay)).count();
    }

    /** Runs every pending action, as if their delays had passed. */
    void fire() {
        List<Task> due = new ArrayList<>(tasks);
        tasks.clear();
        for (Task t : due) {
            if (!t.cancelled) {
                t.action.run();
            }
        }
    }
}
