package dev.gantry.adapter.compose;

import java.nio.file.Path;

/**
 * A positioned problem found while loading a compose file. Line and column are 1-based; 0 means
 * "no position" (e.g. a file that cannot be read).
 */
public record Diagnostic(Path file, int line, int column, Severity severity, String message) {

    public static Diagnostic error(Path file, Position at, String message) {
        return new Diagnostic(file, at.line(), at.column(), Severity.ERROR, message);
    }

    public static Diagnostic warning(Path file, Position at, String message) {
        return new Diagnostic(file, at.line(), at.column(), Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code FILE:LINE:COL: error|warning: message}, the format of {@code gantry validate}. */
    public String format() {
        return (file == null ? "-" : file.toString()) + ":" + line + ":" + column + ": "
                + severity.label() + ": " + message;
    }
}
