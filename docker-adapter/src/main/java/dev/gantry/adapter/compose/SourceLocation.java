package dev.gantry.adapter.compose;

import java.nio.file.Path;

/** Where a key was written: for messages of later steps (conversion, deployment) about the model. */
public record SourceLocation(Path file, int line, int column) {

    /** A diagnostic at this place. */
    public Diagnostic diagnostic(Severity severity, String message) {
        return new Diagnostic(file, line, column, severity, message);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
