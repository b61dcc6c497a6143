package dev.gantry.adapter.compose.model;

import java.util.List;

/** {@code deploy.resources.reservations:}; cpus null and memoryBytes 0 when not set. */
public record ResourceReservation(String cpus, long memoryBytes, List<GenericResource> genericResources) {
    public ResourceReservation {
        genericResources = Copies.list(genericResources);
    }
}
