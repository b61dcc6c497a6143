package dev.gantry.adapter.docker.deploy.convert;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;

/** Small helpers to build Engine API JSON the way Go's encoder with omitempty would. */
final class Json {

    private Json() {
    }

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    static void putText(ObjectNode o, String key, String value) {
        if (value != null && !value.isEmpty()) {
            o.put(key, value);
        }
    }

    static void putTrue(ObjectNode o, String key, boolean value) {
        if (value) {
            o.put(key, true);
        }
    }

    static void putNanos(ObjectNode o, String key, Duration d) {
        if (d != null && !d.isZero()) {
            o.put(key, d.toNanos());
        }
    }

    static void putStrings(ObjectNode o, String key, Collection<String> values) {
        if (values != null && !values.isEmpty()) {
            ArrayNode a = o.putArray(key);
            values.forEach(a::add);
        }
    }

    static void putMap(ObjectNode o, String key, Map<String, String> map) {
        if (map != null && !map.isEmpty()) {
            ObjectNode m = o.putObject(key);
            map.forEach((k, v) -> m.put(k, v == null ? "" : v));
        }
    }

    static void putObject(ObjectNode o, String key, ObjectNode value) {
        if (value != null && !value.isEmpty()) {
            o.set(key, value);
        }
    }
}
