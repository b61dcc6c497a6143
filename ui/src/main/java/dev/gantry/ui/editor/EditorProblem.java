package dev.gantry.ui.editor;

import dev.gantry.adapter.compose.Diagnostic;
import dev.gantry.adapter.compose.Severity;
import java.util.Objects;

/**
 * A problem shown in the editor: 1-based line and column (0 when the problem has no position),
 * and the length of text to underline from there (at least one character).
 */
public record EditorProblem(int line, int column, int length, Severity severity, String message) {

    public EditorProblem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        length = Math.max(1, length);
    }

    /** From a loader diagnostic, underlining the token at its position in {@code text}. */
    static EditorProblem of(Diagnostic d, String text) {
        return new EditorProblem(d.line(), d.column(), TextPositions.tokenLength(text, d.line(), d.column()),
                d.severity(), d.message());
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code 3:7  error  message}, as the problems list shows it. */
    public String describe() {
        return line + ":" + column + "  " + severity.label() + "  " + message;
    }
}
