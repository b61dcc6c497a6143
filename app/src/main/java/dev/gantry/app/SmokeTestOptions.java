package dev.gantry.app;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The options of {@code --smoke-test}.
 *
 * @param host    the endpoint to check instead of DOCKER_HOST or the platform default
 * @param hold    how long the window stays open after the status line (for screenshots)
 * @param timeout how long the window may take to be painted before the test fails
 */
record SmokeTestOptions(Optional<String> host, Duration hold, Duration timeout) {

    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(90);

    SmokeTestOptions {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(hold, "hold");
        Objects.requireNonNull(timeout, "timeout");
    }

    /** Parses the arguments after {@code --smoke-test}; the message of the exception names the bad one. */
    static SmokeTestOptions parse(String[] args) {
        Optional<String> host = Optional.empty();
        Duration hold = Duration.ZERO;
        Duration timeout = DEFAULT_TIMEOUT;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            switch (name) {
                case "--host" -> host = Optional.of(value(args, ++i, name));
                case "--hold" -> hold = seconds(value(args, ++i, name), name);
                case "--timeout" -> timeout = seconds(value(args, ++i, name), name);
                default -> throw new IllegalArgumentException("unknown option " + name
                        + "; --smoke-test takes --host URI, --hold SECONDS and --timeout SECONDS");
            }
        }
        if (timeout.isZero()) {
            throw new IllegalArgumentException("--timeout must be at least 1 second");
        }
        return new SmokeTestOptions(host, hold, timeout);
    }

    private static String value(String[] args, int index, String name) {
        if (index >= args.length || args[index].isBlank() || args[index].startsWith("--")) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return args[index];
    }

    private static Duration seconds(String text, String name) {
        try {
            long n = Long.parseLong(text);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return Duration.ofSeconds(n);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " takes a whole number of seconds, not '" + text + "'");
        }
    }
}
