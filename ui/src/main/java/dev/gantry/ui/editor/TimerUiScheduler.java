package dev.gantry.ui.editor;

import dev.gantry.ui.concurrent.BackgroundExecutor;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** The production scheduler: one daemon timer thread that hands the action to the UI thread. */
public final class TimerUiScheduler implements UiScheduler, AutoCloseable {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "gantry-editor-timer");
        t.setDaemon(true);
        return t;
    });
    private final BackgroundExecutor executor;

    public TimerUiScheduler(BackgroundExecutor executor) {
        this.executor = executor;
    }

    @Override
    public Scheduled schedule(Duration delay, Runnable onUiThread) {
        ScheduledFuture<?> f = timer.schedule(() -> executor.onUiThread(onUiThread), delay.toMillis(),
                TimeUnit.MILLISECONDS);
        return () -> f.cancel(false);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
