package dev.gantry.ui.concurrent;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs blocking work off the JavaFX application thread and delivers the outcome back on it.
 * Views and view-models never start threads of their own; tests inject {@link SameThreadExecutor}.
 */
public interface BackgroundExecutor {

    /** Runs {@code work} in the background; exactly one of the callbacks runs on the UI thread. */
    <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /** Runs {@code action} on the UI thread (now if already there, for the same-thread executor). */
    void onUiThread(Runnable action);
}
