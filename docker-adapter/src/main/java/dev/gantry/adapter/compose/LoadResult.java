package dev.gantry.adapter.compose;

import dev.gantry.adapter.compose.model.ComposeProject;
import java.util.List;
import java.util.Optional;

/**
 * What loading produced: a project when there are no errors, and every diagnostic (errors and
 * warnings) in file order.
 */
public record LoadResult(ComposeProject projectOrNull, List<Diagnostic> diagnostics) {
    public LoadResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public Optional<ComposeProject> project() {
        return Optional.ofNullable(projectOrNull);
    }

    public boolean ok() {
        return projectOrNull != null && errors().isEmpty();
    }

    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    public List<Diagnostic> warnings() {
        return diagnostics.stream().filter(d -> !d.isError()).toList();
    }
}
