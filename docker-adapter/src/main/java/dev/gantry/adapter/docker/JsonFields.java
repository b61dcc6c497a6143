package dev.gantry.adapter.docker;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reading the Engine API's JSON: a field the engine leaves out and one it writes as null read alike. */
final class JsonFields {

    private JsonFields() {
    }

    /** The field's text, or null when it is absent or null. */
    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** The field's text in lower case (the engine's enum values), or null. */
    static String lower(JsonNode node, String field) {
        String s = text(node, field);
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    /** The field's number, or null when it is absent or null. */
    static Integer integer(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asInt();
    }

    static Long longOrNull(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asLong();
    }

    /** An array's elements; nothing for an absent, null or non-array node. */
    static List<JsonNode> elements(JsonNode array) {
        if (array == null || !array.isArray()) {
            return List.of();
        }
        List<JsonNode> out = new ArrayList<>(array.size());
        array.forEach(out::add);
        return out;
    }
}
