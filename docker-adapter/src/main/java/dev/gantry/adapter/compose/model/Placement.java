package dev.gantry.adapter.compose.model;

import java.util.List;

/** {@code deploy.placement:}; maxReplicasPerNode 0 when not set. */
public record Placement(List<String> constraints, List<PlacementPreference> preferences,
                        long maxReplicasPerNode) {
    public static final Placement EMPTY = new Placement(List.of(), List.of(), 0);

    public Placement {
        constraints = Copies.list(constraints);
        preferences = Copies.list(preferences);
    }
}
