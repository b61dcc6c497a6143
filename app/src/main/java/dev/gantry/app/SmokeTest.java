package dev.gantry.app;

import dev.gantry.adapter.api.EndpointProfile;
import dev.gantry.adapter.api.EngineInfo;
import dev.gantry.adapter.api.EngineSession;
import dev.gantry.adapter.docker.DockerEngineConnector;
import dev.gantry.adapter.endpoint.Endpoints;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * {@code --smoke-test [--host URI] [--hold SECONDS] [--timeout SECONDS]}: starts the real main
 * window, checks the endpoint, prints ONE status line on stdout and exits. Installers are
 * launch-tested with it (scripts/package-smoke-test.sh).
 *
 * <p>It watches {@link Window#getWindows()} rather than the window's content, so it does not
 * depend on what the main window shows. Exit code 0 when the window was shown and painted (even
 * if the engine did not answer: that is reported in the line), 1 when it was not.
 */
final class SmokeTest {

    /** Set by benchmark scripts just before they start the launcher; milliseconds since the epoch. */
    static final String LAUNCH_TIME_VARIABLE = "GANTRY_LAUNCH_EPOCH_MS";

    private final Instant launchedAt = launchTime();
    private final AtomicBoolean reported = new AtomicBoolean();
    private final CompletableFuture<String> engine = new CompletableFuture<>();
    private final CompletableFuture<Long> firstPaintMillis = new CompletableFuture<>();
    private final SmokeTestOptions options;
    private volatile String contentBounds = "";

    private SmokeTest(SmokeTestOptions options) {
        this.options = options;
    }

    /** Runs the smoke test; returns the process exit code. */
    static int run(String[] args) {
        SmokeTestOptions options;
        try {
            options = SmokeTestOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.out.println("smoke-test: fail window=not-started reason=" + quote(e.getMessage()));
            return 2;
        }
        return new SmokeTest(options).execute();
    }

    private int execute() {
        startWatchdog();
        CompletableFuture.runAsync(this::checkEngine, runnable -> daemon("gantry-smoke-engine", runnable).start());
        // an engine that accepts the connection but never answers must not hold the report back
        long engineSeconds = Math.max(1, options.timeout().toSeconds() / 2);
        engine.completeOnTimeout("engine=unreachable reason=" + quote("no answer within " + engineSeconds + " s"),
                engineSeconds, TimeUnit.SECONDS);
        Window.getWindows().addListener(this::windowsChanged);
        firstPaintMillis.thenAcceptBoth(engine, this::reportThenExit);
        try {
            Application.launch(GantryApplication.class);
        } catch (RuntimeException e) {
            report("fail window=not-shown reason=" + quote(String.valueOf(e.getMessage())));
            return 1;
        }
        if (!firstPaintMillis.isDone()) {
            report("fail window=closed-before-painted " + engine.getNow("engine=unknown"));
            return 1;
        }
        return 0;
    }

    private void checkEngine() {
        long start = System.nanoTime();
        String outcome;
        EndpointProfile profile = null;
        try {
            profile = endpoint();
            try (EngineSession session = new DockerEngineConnector().connect(profile)) {
                EngineInfo info = session.info();
                outcome = "engine=" + info.serverVersion() + " api=" + info.negotiatedApiVersion();
            }
        } catch (RuntimeException e) {
            outcome = "engine=unreachable reason=" + quote(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        String where = profile == null ? "endpoint=none" : "endpoint=" + profile.host() + " (" + profile.name() + ")";
        engine.complete(outcome + " engine-ms=" + Duration.ofNanos(System.nanoTime() - start).toMillis() + " " + where);
    }

    private EndpointProfile endpoint() {
        Optional<String> host = options.host();
        if (host.isEmpty()) {
            return Endpoints.fromEnvironment(System.getenv()).orElse(Endpoints.platformDefault());
        }
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("DOCKER_HOST", host.get());
        return Endpoints.fromEnvironment(env).orElseThrow().withName("--host");
    }

    /** Called on the FX thread whenever a window opens or closes. */
    private void windowsChanged(ListChangeListener.Change<? extends Window> change) {
        while (change.next()) {
            for (Window window : change.getAddedSubList()) {
                Scene scene = window.getScene();
                if (scene != null && !firstPaintMillis.isDone()) {
                    awaitFirstPaint(scene);
                }
            }
        }
    }

    /**
     * The first pulse lays out and hands the frame to the render thread; the next pulse starts
     * only after that frame was rendered, so the second pulse marks the first painted window.
     */
    private void awaitFirstPaint(Scene scene) {
        Runnable[] listener = new Runnable[1];
        int[] pulses = {0};
        listener[0] = () -> {
            if (++pulses[0] == 1) {
                Platform.requestNextPulse();
                return;
            }
            scene.removePostLayoutPulseListener(listener[0]);
            if (scene.getWidth() > 0 && scene.getHeight() > 0) {
                long millis = Duration.between(launchedAt, Instant.now()).toMillis();
                Window w = scene.getWindow();
                // where the content is on screen, so a screenshot can be checked for more than one colour
                contentBounds = String.format(java.util.Locale.ROOT, "%d,%d,%d,%d",
                        Math.round(w.getX() + scene.getX()), Math.round(w.getY() + scene.getY()),
                        Math.round(scene.getWidth()), Math.round(scene.getHeight()));
                firstPaintMillis.complete(millis);
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    private void reportThenExit(long paintMillis, String engineOutcome) {
        report("ok window=shown first-paint-ms=" + paintMillis + " content-bounds=" + contentBounds + " " + engineOutcome);
        Thread closer = daemon("gantry-smoke-exit", () -> {
            sleep(options.hold());
            Platform.exit();
        });
        closer.start();
    }

    private void startWatchdog() {
        daemon("gantry-smoke-watchdog", () -> {
            sleep(options.timeout());
            String engineOutcome = engine.getNow("engine=unknown");
            report("fail window=not-painted-within-" + options.timeout().toSeconds() + "s " + engineOutcome);
            System.exit(1);
        }).start();
    }

    private void report(String line) {
        if (reported.compareAndSet(false, true)) {
            System.out.println("smoke-test: " + line);
            System.out.flush();
        }
    }

    /**
     * When the launch began: from {@value #LAUNCH_TIME_VARIABLE} when a benchmark sets it, else the
     * process start, which Linux reports only to within a second of boot time.
     */
    private static Instant launchTime() {
        String given = System.getenv(LAUNCH_TIME_VARIABLE);
        if (given != null && given.matches("\\d{10,}")) {
            return Instant.ofEpochMilli(Long.parseLong(given));
        }
        return ProcessHandle.current().info().startInstant().orElse(Instant.now());
    }

    private static Thread daemon(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        return t;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String quote(String s) {
        return "\"" + s.replaceAll("\\s+", " ").replace("\"", "'").strip() + "\"";
    }
}
