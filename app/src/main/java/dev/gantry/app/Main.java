package dev.gantry.app;

import dev.gantry.app.cli.Cli;
import javafx.application.Application;

/**
 * The launcher. It does not extend Application: with JavaFX on the class path that is what lets
 * the JVM start without the module system (see toolchain notes).
 */
public final class Main {

    private Main() {
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
            GantryApplication.beginEarly();
        }
        BenchProbe.mark("fx-launch");
        Application.launch(GantryApplication.class, args);
    }
}
