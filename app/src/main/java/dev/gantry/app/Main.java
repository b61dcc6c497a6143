package dev.gantry.app;

import dev.gantry.app.cli.Cli;
import dev.gantry.adapter.docker.DockerEngineConnector;
import dev.gantry.app.settings.ConfigDirectory;
import dev.gantry.app.settings.JsonSettingsStore;
import javafx.application.Application;

/**
 * The launcher. It does not extend Application: with JavaFX on the class path that is what lets
 * the JVM start without the module system (see toolchain notes).
 */
public final class Main {

    private static EarlyStart early;

    private Main() {
    }

    /**
     * Starts reading the settings and connecting to the first endpoint while JavaFX starts (see
     * {@link EarlyStart}), once. It lives here, away from the application class, so that the launch
     * thread does not initialise that class and its logger (logging's start-up, about 0.1 s) before
     * JavaFX is on its way.
     */
    static synchronized EarlyStart early() {
        if (early == null) {
            early = EarlyStart.begin(() -> new JsonSettingsStore(ConfigDirectory.ofThisProcess()),
                    () -> BenchProbe.wrap(new BouncyCastleConnector(
                            new DockerEngineConnector(GantryApplication::stackChangeLog))),
                    GantryApplication::defaultEndpoints);
        }
        return early;
    }

    public static void main(String[] args) {
        BenchProbe.mark("main");
        if (args.length > 0 && args[0].equals("--version")) {
            System.out.println("gantry " + Version.current());
            return;
        }
        if (args.length > 0 && Cli.handles(args[0])) {
            System.exit(new Cli(System.getenv()).run(args, System.out, System.err));
        }
        if (args.length > 0 && args[0].equals("--smoke-test")) {
            System.exit(SmokeTest.run(java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        if (!BenchProbe.earlyStartOff()) {
            early();
        }
        BenchProbe.mark("fx-launch");
        Application.launch(GantryApplication.class, args);
    }
}
