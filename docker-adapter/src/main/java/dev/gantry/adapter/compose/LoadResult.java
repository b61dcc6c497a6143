package dev.gantry.adapter.compose;

import dev.gantry.adapter.compose.model.ComposeProject;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What loading produced: a project when there are no errors, every diagnostic (errors and
 * warnings), and where the keys of the project were written.
 *
 * @param locations by dotted path: "services.web", "services.web.image", "networks.front", ...
 *                  (the key's position; for merged files, the last file that sets it)
 */
public record LoadResult(ComposeProject projectOrNull, List<Diagnostic> diagnostics,
                         Map<String, SourceLocation> locations) {
    public LoadResult {
        diagnostics = List.copyOf(diagnostics);
        locations = Map.copyOf(locations);
    }

    public LoadResult(ComposeProject projectOrNull, List<Diagnostic> diagnostics) {
        this(projectOrNull, diagnostics, Map.of());
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

    /**
     * Where {@code path} was written, falling back to its nearest written parent
     * ("services.web.deploy.replicas" → "services.web.deploy" → "services.web").
     */
    public Optional<SourceLocation> location(String path) {
        String p = path;
        while (true) {
            SourceLocation l = locations.get(p);
            if (l != null) {
                return Optional.of(l);
            }
            int dot = p.lastIndexOf('.');
            if (dot < 0) {
                return Optional.empty();
            }
            p = p.substring(0, dot);
        }
    }
}
