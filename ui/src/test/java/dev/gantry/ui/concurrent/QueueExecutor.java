package dev.gantry.ui.concurrent;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Holds background work until the test runs it, in any order (to deliver results out of order). */
public final class QueueExecutor implements BackgroundExecutor {
    public final List<Runnable> queued = new ArrayList<>();
    private final SameThreadExecutor now = new SameThreadExecutor();

    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        queued.add(() -> now.submit(work, onSuccess, onFailure));
    }

    @Override
    public void onUiThread(Runnable action) {
        action.run();
    }

    public void run(int index) {
        queued.remove(index).run();
    }

    public void runAll() {
        while (!queued.isEmpty()) {
            run(0);
        }
    }
}
