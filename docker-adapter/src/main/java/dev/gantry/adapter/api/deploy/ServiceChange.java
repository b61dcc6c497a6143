package dev.gantry.adapter.api.deploy;

import java.util.List;
import java.util.Objects;

/**
 * What a deploy does to one service.
 *
 * @param name    the full service name (stack_service)
 * @param kind    added, removed (only with prune), changed or unchanged
 * @param changes the changed fields; empty unless {@code kind == CHANGED}
 */
public record ServiceChange(String name, ChangeKind kind, List<FieldChange> changes) {

    public ServiceChange {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        changes = List.copyOf(changes);
    }
}
