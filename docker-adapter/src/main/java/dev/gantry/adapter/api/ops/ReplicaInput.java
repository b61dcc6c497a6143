package dev.gantry.adapter.api.ops;

import java.util.Objects;

/** Parses and checks the replica count a user typed. Pure; the UI and the adapter share it. */
public final class ReplicaInput {

    /** Above this, the UI asks for confirmation before scaling. */
    public static final long CONFIRM_ABOVE = 100;
    /** More than this is refused: nobody means a million replicas on a desktop's swarm. */
    public static final long MAXIMUM = 10_000;

    private ReplicaInput() {
    }

    /** The outcome of parsing: either a count (maybe needing confirmation) or an error sentence. */
    public record Result(Long replicas, boolean needsConfirmation, String error) {

        public boolean valid() {
            return error == null;
        }

        static Result ok(long n) {
            return new Result(n, n > CONFIRM_ABOVE, null);
        }

        static Result invalid(String error) {
            return new Result(null, false, Objects.requireNonNull(error));
        }
    }

    public static Result parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return Result.invalid("Enter the number of replicas: a whole number of 0 or more.");
        }
        if (!t.matches("[+-]?\\d+")) {
            return Result.invalid("\"" + t + "\" is not a number of replicas: enter a whole number of 0 or more.");
        }
        if (t.startsWith("-")) {
            return Result.invalid("The number of replicas cannot be negative (" + t + "): enter 0 or more.");
        }
        long n;
        try {
            n = Long.parseLong(t.startsWith("+") ? t.substring(1) : t);
        } catch (NumberFormatException e) {
            return Result.invalid(t + " replicas is too many: the most Gantry accepts is " + MAXIMUM + ".");
        }
        return check(n);
    }

    public static Result check(long n) {
        if (n < 0) {
            return Result.invalid("The number of replicas cannot be negative (" + n + "): enter 0 or more.");
        }
        if (n > MAXIMUM) {
            return Result.invalid(n + " replicas is too many: the most Gantry accepts is " + MAXIMUM + ".");
        }
        return Result.ok(n);
    }
}
