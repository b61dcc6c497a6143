package dev.gantry.adapter.compose.model;

/** {@code deploy.resources:}; either part null when not set. */
public record Resources(ResourceLimit limits, ResourceReservation reservations) {
    public static final Resources EMPTY = new Resources(null, null);
}
