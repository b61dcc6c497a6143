package dev.gantry.app.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/**
 * Dispatches {@code gantry SUBCOMMAND ...} to its command. Exit codes: 0 success, 1 failure
 * (e.g. an invalid file), 2 usage error. Never loads JavaFX.
 */
public final class Cli {
    private static final Set<String> COMMANDS = Set.of("validate", "config", "deploy");

    private final Map<String, String> environment;

    public Cli(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /** Whether {@code first} names a subcommand (so the window must not start). */
    public static boolean handles(String first) {
        return COMMANDS.contains(first);
    }

    public int run(String[] args, PrintStream out, PrintStream err) {
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            switch (args[0]) {
                case "validate":
                    return new ValidateCommand(environment).run(rest, out, err);
                case "config":
                    return new ConfigCommand(environment).run(rest, out, err);
                case "deploy":
                    return new DeployCommand(environment).run(rest, out, err);
                default:
                    err.println("gantry: unknown command " + args[0]);
                    return 2;
            }
        } catch (UsageException e) {
            err.println("gantry " + args[0] + ": " + e.getMessage());
            err.println("usage: " + e.usage());
            return 2;
        }
    }

    /** Bad arguments; carries the command's usage line. */
    static final class UsageException extends Exception {
        private final String usage;

        UsageException(String message, String usage) {
            super(message);
            this.usage = usage;
        }

        String usage() {
            return usage;
        }
    }
}
