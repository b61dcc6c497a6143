package dev.gantry.adapter.api.deploy;

import java.util.Objects;

/**
 * What a deploy does to a network, secret or config of the stack.
 *
 * @param type    "network", "secret" or "config"
 * @param name    the engine-side name
 * @param kind    added (created by this deploy), unchanged (exists), removed (no longer used; kept
 *                unless pruned), changed (labels of a secret or config differ)
 */
public record ResourceChange(String type, String name, ChangeKind kind) {

    public ResourceChange {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }
}
