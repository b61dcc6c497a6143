package dev.gantry.adapter.compose.model;

/** One {@code generic_resources[].discrete_resource_spec}. */
public record GenericResource(String kind, long value) {
}
