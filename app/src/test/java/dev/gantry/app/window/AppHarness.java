package dev.gantry.app.window;

import dev.gantry.adapter.api.EndpointProfile;
import dev.gantry.adapter.docker.DockerEngineConnector;
import dev.gantry.app.settings.JsonSettingsStore;
import dev.gantry.ui.concurrent.FxBackgroundExecutor;
import dev.gantry.ui.inventory.InventoryRow;
import dev.gantry.ui.main.MainView;
import dev.gantry.ui.main.MainViewModel;
import dev.gantry.ui.main.Themes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.TreeItem;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/** The app's wiring (as GantryApplication does it) around a test stage and a temporary config dir. */
final class AppHarness implements AutoCloseable {

    final Path configDir;
    final JsonSettingsStore store;
    final FxBackgroundExecutor executor = new FxBackgroundExecutor();
    final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor();
    final MainViewModel vm;
    final MainView view;

    private AppHarness(Stage stage, List<EndpointProfile> defaults) {
        try {
            configDir = Files.createTempDirectory("gantry-ui-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        store = new JsonSettingsStore(configDir);
        vm = new MainViewModel(new DockerEngineConnector(), executor, timers, store, defaults, List::of);
        vm.start();
        Themes.apply(false);
        view = new MainView(vm);
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
    }

    /** Call on the FX thread (TestFX's @Start). */
    static AppHarness start(Stage stage, List<EndpointProfile> defaults) {
        return new AppHarness(stage, defaults);
    }

    @Override
    public void close() {
        try {
            fx(() -> {
                vm.close();
                return null;
            });
        } catch (RuntimeException ignored) {
            // the toolkit may already be gone
        }
        timers.shutdownNow();
        executor.close();
    }

    static <T> T fx(Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Polls (on the FX thread) until the condition holds; false when the time ran out. */
    static boolean within(Duration timeout, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS, () -> Boolean.TRUE.equals(fx(condition)));
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    /** The tree row with this name, or null; call on the FX thread. */
    TreeItem<InventoryRow> row(String name) {
        return find(view.tree().getRoot(), name);
    }

    private static TreeItem<InventoryRow> find(TreeItem<InventoryRow> item, String name) {
        if (item.getValue() != null && name.equals(item.getValue().name())) {
            return item;
        }
        for (TreeItem<InventoryRow> c : item.getChildren()) {
            TreeItem<InventoryRow> f = find(c, name);
            if (f != null) {
                return f;
            }
        }
        return null;
    }
}
