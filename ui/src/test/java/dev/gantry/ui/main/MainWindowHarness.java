package dev.gantry.ui.main;

import dev.gantry.adapter.api.EndpointProfile;
import dev.gantry.ui.concurrent.FxBackgroundExecutor;
import dev.gantry.ui.settings.AppSettings;
import dev.gantry.ui.settings.SettingsStore;
import java.net.URI;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/** The main window on a {@link FakeEngine}, with default settings whose saves are recorded, for the window's TestFX tests. */
final class MainWindowHarness {

    final List<AppSettings> saved = new CopyOnWriteArrayList<>();
    private final FxBackgroundExecutor executor = new FxBackgroundExecutor();
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor();
    MainViewModel vm;
    MainView view;

    /** Connects a window to {@code engine} (one endpoint, "fake") and shows it on {@code stage}; call from {@code @Start}. */
    void show(Stage stage, FakeEngine engine) {
        SettingsStore store = new SettingsStore() {
            @Override
            public Loaded load() {
                return new Loaded(AppSettings.defaults(), null);
            }

            @Override
            public void save(AppSettings s) {
                saved.add(s);
            }
        };
        vm = new MainViewModel(engine, executor, timers, store,
                List.of(new EndpointProfile("fake", URI.create("unix:///fake.sock"), null, false, EndpointProfile.Source.USER)),
                List::of);
        vm.start();
        view = new MainView(vm);
        stage.setScene(new Scene(view, 1200, 700));
        stage.show();
    }

    /** Closes the window's sessions and threads; call from {@code @AfterEach}. */
    void close() {
        fx(() -> {
            vm.close();
            return null;
        });
        timers.shutdownNow();
        executor.close();
    }

    static <T> T fx(Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits up to {@code seconds} for {@code c}, evaluated on the FX thread, to hold. */
    static void until(int seconds, Callable<Boolean> c) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> fx(c));
    }
}
