package dev.gantry.app;

import dev.gantry.adapter.api.DockerContextEntry;
import dev.gantry.adapter.api.EndpointProfile;
import dev.gantry.adapter.endpoint.DockerConfigDir;
import dev.gantry.adapter.endpoint.DockerContexts;
import dev.gantry.adapter.endpoint.EndpointResolver;
import dev.gantry.adapter.endpoint.Endpoints;
import dev.gantry.adapter.ops.ExecAuditLog;
import dev.gantry.adapter.ops.ExecChoiceStore;
import dev.gantry.adapter.ops.StackChangeLog;
import dev.gantry.app.settings.ConfigDirectory;
import dev.gantry.app.settings.FileAlertRulesStore;
import dev.gantry.ui.actions.ActionRunner;
import dev.gantry.ui.concurrent.FxBackgroundExecutor;
import dev.gantry.ui.main.MainView;
import dev.gantry.ui.main.MainViewModel;
import dev.gantry.ui.main.Themes;
import dev.gantry.ui.settings.WindowState;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Wires the adapter to the UI and shows the main window. */
public final class GantryApplication extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(GantryApplication.class);
    private FxBackgroundExecutor executor;
    private ScheduledExecutorService timers;
    private MainViewModel main;
    private MainView view;

    /** Gantry's record of what it changed per stack, one file per endpoint (for stack rollback). */
    static StackChangeLog stackChangeLog(dev.gantry.adapter.api.EndpointProfile profile) {
        return StackChangeLog.persistent(ConfigDirectory.ofThisProcess().resolve("stack-changes")
                .resolve(FileNames.safe(profile.name()) + ".json"));
    }

    @Override
    public void init() {
        BenchProbe.mark("fx-init");
        if (!Boolean.getBoolean("gantry.bench.no-warmup")) {
            FontWarmUp.start();
        }
    }

    @Override
    public void start(Stage stage) {
        BenchProbe.mark("fx-start");
        executor = new FxBackgroundExecutor();
        timers = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "gantry-timers");
            t.setDaemon(true);
            return t;
        });
        EarlyStart early = Main.early();
        java.nio.file.Path config = ConfigDirectory.ofThisProcess();
        main = new MainViewModel(early.connector(), executor, timers, early.store(), defaultEndpoints(),
                GantryApplication::dockerContexts);
        String forced = System.getProperty("gantry.theme", "");
        main.start();
        if (!forced.isBlank()) {
            main.darkProperty().set("dark".equalsIgnoreCase(forced));
        }
        BenchProbe.mark("view-model-started");
        Themes.apply(main.darkProperty().get());
        BenchProbe.mark("theme-applied");
        view = new MainView(main, new ActionRunner.ExecStores(new ExecAuditLog(config.resolve("exec-audit.log")),
                new ExecChoiceStore(config.resolve("exec-choices.json"))), new FileAlertRulesStore(config));
        view.useEditorDirs(config.resolve("drafts"), config.resolve("deploy-history"));
        BenchProbe.mark("view-built");
        WindowState w = main.windowProperty().get();
        // Never larger than the screen (a 1366x768 laptop, or settings saved on a bigger monitor).
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        double width = Math.min(w.width() > 200 ? w.width() : 1440, screen.getWidth());
        double height = Math.min(w.height() > 200 ? w.height() : 900, screen.getHeight());
        Scene scene = new Scene(view, width, height);
        stage.setTitle("Gantry");
        WindowIcon.apply(stage);
        stage.setScene(scene);
        boolean onScreen = !Double.isNaN(w.x()) && !Double.isNaN(w.y())
                && javafx.stage.Screen.getScreensForRectangle(w.x(), w.y(), width, height).size() > 0;
        if (onScreen) {
            stage.setX(w.x());
            stage.setY(w.y());
        }
        stage.setMaximized(w.maximized());
        stage.setOnCloseRequest(e -> saveWindow(stage));
        dev.gantry.ui.actions.Dialogs.resizeWhenShown(stage);
        if (Boolean.getBoolean("gantry.bench.phases")) { // where the first show's time goes (docs/benchmarks.md)
            view.applyCss();
            BenchProbe.mark("first-css");
            view.layout();
            BenchProbe.mark("first-layout");
        }
        stage.show();
        BenchProbe.attach(scene, main.inventory().rowsProperty());
        logFirstPaint();
    }

    /** Logs how long after the JVM started the first inventory reached the screen (for docs/benchmarks.md). */
    private void logFirstPaint() {
        javafx.beans.value.ChangeListener<java.util.List<?>> once = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends java.util.List<?>> o, java.util.List<?> a,
                                java.util.List<?> rows) {
                if (rows.isEmpty()) {
                    return;
                }
                o.removeListener(this);
                // runLater: after this pulse has laid out and painted the rows
                javafx.application.Platform.runLater(() -> LOG.info("First inventory painted {} ms after JVM start",
                        System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime()));
            }
        };
        main.inventory().rowsProperty().addListener(once);
    }

    private void saveWindow(Stage stage) {
        double[] d = view.dividers();
        main.saveWindow(new WindowState(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized(), d[0], d[1]));
    }

    /** Where the docker CLI would connect: DOCKER_HOST, the current context, or the platform default. */
    static List<EndpointProfile> defaultEndpoints() {
        try {
            return List.of(EndpointResolver.current());
        } catch (RuntimeException e) {
            LOG.info("No usable current docker context ({}); using the platform default", e.getMessage());
            return List.of(Endpoints.platformDefault());
        }
    }

    static List<EndpointProfile> dockerContexts() {
        return DockerContexts.list(System.getenv(), DockerConfigDir.ofThisProcess()).stream()
                .filter(DockerContextEntry::usable).map(DockerContextEntry::profile).toList();
    }

    @Override
    public void stop() {
        if (main != null) {
            main.close();
        }
        if (timers != null) {
            timers.shutdownNow();
        }
        if (executor != null) {
            executor.close();
        }
    }
}
