package dev.gantry.adapter.docker.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.docker.deploy.StackPlan.FileObjectPlan;
import java.util.Base64;
import java.util.Optional;

/** Secrets and configs: the same API shape under /secrets and /configs. */
enum SwarmObjects {
    SECRET("secret", "/secrets"), CONFIG("config", "/configs");

    final String noun;
    final String base;

    SwarmObjects(String noun, String base) {
        this.noun = noun;
        this.base = base;
    }

    /** The object as the engine knows it, by name or ID; empty when it does not exist. */
    Optional<JsonNode> inspect(EngineApi api, String name) {
        try {
            return Optional.of(api.get(base + "/" + EngineApi.encode(name)));
        } catch (EngineException e) {
            if (e.kind() == EngineException.Kind.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    ObjectNode spec(FileObjectPlan plan) {
        ObjectNode spec = EngineApi.JSON.createObjectNode();
        spec.put("Name", plan.name());
        ObjectNode labels = spec.putObject("Labels");
        plan.labels().forEach(labels::put);
        spec.put("Data", Base64.getEncoder().encodeToString(plan.data()));
        return spec;
    }

    String create(EngineApi api, ObjectNode spec) {
        return api.post(base + "/create", spec).path("ID").asText();
    }

    void update(EngineApi api, String id, long version, JsonNode spec) {
        api.post(base + "/" + EngineApi.encode(id) + "/update?version=" + version, spec);
    }

    void remove(EngineApi api, String id) {
        api.delete(base + "/" + EngineApi.encode(id));
    }

    /** Labels differ, or (configs only, whose data the engine shows) the content differs. */
    boolean differs(JsonNode existing, ObjectNode wanted) {
        JsonNode spec = existing.path("Spec");
        boolean labels = !spec.path("Labels").equals(wanted.path("Labels"));
        boolean data = spec.has("Data") && !spec.path("Data").equals(wanted.path("Data"));
        return labels || data;
    }
}
