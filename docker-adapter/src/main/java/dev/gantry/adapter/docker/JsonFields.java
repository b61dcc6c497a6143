package dev.gantry.adapter.docker;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    /** An object's string fields (labels, options); null values left out, nothing for a non-object. */
    static Map<String, String> strings(JsonNode object) {
        Map<String, String> out = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isNull()) {
                out.put(e.getKey(), e.getValue().asText());
            }
        }
        return out;
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
