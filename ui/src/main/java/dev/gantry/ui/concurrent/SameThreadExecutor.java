package dev.gantry.ui.concurrent;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs everything on the calling thread: for view-model tests without a JavaFX toolkit. */
public final class SameThreadExecutor implements BackgroundExecutor {

    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void onUiThread(Runnable action) {
        action.run();
    }
}
