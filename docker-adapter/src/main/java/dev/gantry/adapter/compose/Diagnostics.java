package dev.gantry.adapter.compose;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Collects the diagnostics of one file while a stage runs. */
final class Diagnostics {
    private final Path file;
    private final List<Diagnostic> all = new ArrayList<>();

    Diagnostics(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    void error(Position at, String message) {
        all.add(Diagnostic.error(file, at, message));
    }

    void error(YNode at, String message) {
        error(at.position(), message);
    }

    void warning(YNode at, String message) {
        all.add(Diagnostic.warning(file, at.position(), message));
    }

    void add(Diagnostic d) {
        all.add(d);
    }

    boolean hasErrorAt(Position at) {
        return all.stream().anyMatch(d -> d.isError() && d.line() == at.line() && d.column() == at.column());
    }

    boolean hasErrors() {
        return all.stream().anyMatch(Diagnostic::isError);
    }

    List<Diagnostic> list() {
        return List.copyOf(all);
    }
}
