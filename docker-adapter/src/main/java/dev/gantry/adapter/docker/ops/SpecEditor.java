package dev.gantry.adapter.docker.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.adapter.api.ops.ServiceUpdateRequest;
import dev.gantry.adapter.api.ops.UpdatePolicy;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Edits a copy of a service's Spec JSON; everything it does not touch goes back to the engine
 * unchanged. Pure.
 */
final class SpecEditor {

    private SpecEditor() {
    }

    static ObjectNode scaled(JsonNode spec, long replicas) {
        ObjectNode copy = spec.deepCopy();
        copy.withObjectProperty("Mode").withObjectProperty("Replicated").put("Replicas", replicas);
        return copy;
    }

    static ObjectNode forced(JsonNode spec) {
        ObjectNode copy = spec.deepCopy();
        ObjectNode template = copy.withObjectProperty("TaskTemplate");
        template.put("ForceUpdate", template.path("ForceUpdate").asLong() + 1);
        return copy;
    }

    static ObjectNode updated(JsonNode spec, ServiceUpdateRequest request) {
        ObjectNode copy = spec.deepCopy();
        ObjectNode container = copy.withObjectProperty("TaskTemplate").withObjectProperty("ContainerSpec");
        if (request.image() != null && !request.image().isBlank()) {
            container.put("Image", request.image().strip());
        }
        if (!request.envSet().isEmpty() || !request.envRemove().isEmpty()) {
            container.set("Env", env(container.path("Env"), request.envSet(), request.envRemove()));
        }
        if (request.policy() != null) {
            policy(copy.withObjectProperty("UpdateConfig"), request.policy());
        }
        return copy;
    }

    private static ArrayNode env(JsonNode current, Map<String, String> set, Iterable<String> remove) {
        Map<String, String> vars = new LinkedHashMap<>();
        current.forEach(e -> {
            String s = e.asText();
            int eq = s.indexOf('=');
            String key = eq < 0 ? s : s.substring(0, eq);
            vars.put(key, s);
        });
        remove.forEach(vars::remove);
        set.forEach((k, v) -> vars.put(k, k + "=" + v));
        ArrayNode out = EngineHttp.MAPPER.createArrayNode();
        vars.values().forEach(out::add);
        return out;
    }

    private static void policy(ObjectNode config, UpdatePolicy p) {
        if (p.parallelism() != null) {
            config.put("Parallelism", p.parallelism());
        }
        if (p.delay() != null) {
            config.put("Delay", nanos(p.delay()));
        }
        if (p.order() != null) {
            config.put("Order", p.order().engineName());
        }
        if (p.failureAction() != null) {
            config.put("FailureAction", p.failureAction().engineName());
        }
        if (p.monitor() != null) {
            config.put("Monitor", nanos(p.monitor()));
        }
        if (p.maxFailureRatio() != null) {
            config.put("MaxFailureRatio", p.maxFailureRatio());
        }
    }

    private static long nanos(Duration d) {
        return d.toNanos();
    }
}
