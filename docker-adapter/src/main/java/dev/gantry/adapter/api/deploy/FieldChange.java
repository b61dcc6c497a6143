package dev.gantry.adapter.api.deploy;

import java.util.Objects;

/**
 * One changed field of a service spec.
 *
 * @param field  readable name, e.g. {@code image}, {@code replicas}, {@code env[FOO]}, or a spec path
 *               like {@code TaskTemplate.ContainerSpec.User}
 * @param before the running value as compact JSON, or null when the field is new
 * @param after  the new value as compact JSON, or null when the field goes away
 */
public record FieldChange(String field, String before, String after) {

    public FieldChange {
        Objects.requireNonNull(field, "field");
    }

    /** {@code image: "a:1" -> "a:2"}, {@code + env[FOO]: "bar"}, {@code - labels[x]: "y"}. */
    public String describe() {
        if (before == null) {
            return "+ " + field + ": " + after;
        }
        if (after == null) {
            return "- " + field + ": " + before;
        }
        return "~ " + field + ": " + before + " -> " + after;
    }
}
