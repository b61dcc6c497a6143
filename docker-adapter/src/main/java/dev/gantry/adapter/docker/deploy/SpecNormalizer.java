package dev.gantry.adapter.docker.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Brings a service spec as sent and a spec as the engine returns it to one comparable form: the
 * engine leaves out empty and zero fields (Go {@code omitempty}) and fills in defaults
 * ({@code Isolation: default}, {@code Runtime: container}, endpoint mode {@code vip}, update
 * failure action {@code pause} and order {@code stop-first}, restart attempts 0, one replica).
 * Numbers are compared by value whatever their JSON node type, and references to secrets and
 * configs by name, not by ID.
 */
final class SpecNormalizer {

    /** Zero is meaningful here, so it is kept. */
    private static final Set<String> KEEP_ZERO = Set.of("Replicas", "Parallelism");
    /** Engine-filled defaults equal to leaving the field out. */
    private static final Map<String, String> DEFAULTS = Map.of("Isolation", "default", "Runtime", "container",
            "Mode", "vip", "FailureAction", "pause", "Order", "stop-first");
    private static final Set<String> IGNORED = Set.of("ForceUpdate", "SecretID", "ConfigID");

    private SpecNormalizer() {
    }

    static ObjectNode normalize(JsonNode spec) {
        ObjectNode copy = reparse(spec);
        JsonNode replicated = copy.path("Mode").path("Replicated");
        if (replicated.isObject() && !replicated.has("Replicas")) {
            ((ObjectNode) replicated).put("Replicas", 1);
        }
        clean(copy);
        return copy;
    }

    /** Through text and back, so numbers built as long and numbers read as int compare equal. */
    private static ObjectNode reparse(JsonNode spec) {
        try {
            return (ObjectNode) EngineApi.JSON.readTree(spec.toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Removes what counts as absent; returns true when the node itself is now empty. */
    private static boolean clean(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> drop = new ArrayList<>();
            object.fields().forEachRemaining(e -> {
                String key = e.getKey();
                JsonNode value = e.getValue();
                if (IGNORED.contains(key) || isDefault(key, value) || isAbsent(key, value) || clean(value)) {
                    drop.add(key);
                }
            });
            object.remove(drop);
            return object.isEmpty();
        }
        if (node instanceof ArrayNode array) {
            array.forEach(SpecNormalizer::clean);
            return array.isEmpty();
        }
        return false;
    }

    private static boolean isDefault(String key, JsonNode value) {
        String def = DEFAULTS.get(key);
        return def != null && value.isTextual() && def.equals(value.asText());
    }

    private static boolean isAbsent(String key, JsonNode value) {
        if (value.isNull()) {
            return true;
        }
        if (value.isBoolean()) {
            return !value.asBoolean() && !"Init".equals(key);
        }
        if (value.isNumber()) {
            return value.asDouble() == 0 && !KEEP_ZERO.contains(key);
        }
        return value.isTextual() && value.asText().isEmpty();
    }
}
