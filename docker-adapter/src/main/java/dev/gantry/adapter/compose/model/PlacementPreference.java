package dev.gantry.adapter.compose.model;

/** One {@code deploy.placement.preferences[]} entry: {@code spread: node.labels.az}. */
public record PlacementPreference(String spread) {
}
