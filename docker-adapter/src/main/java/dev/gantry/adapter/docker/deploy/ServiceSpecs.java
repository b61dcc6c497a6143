package dev.gantry.adapter.docker.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.docker.deploy.RunningStack.RunningService;
import java.util.Map;

/** Adjusts a planned service spec for sending, the way the CLI's stack deploy does. */
final class ServiceSpecs {

    private ServiceSpecs() {
    }

    /**
     * For an update: keep the running image when the file's image did not change (it may carry a
     * digest the engine resolved), and keep ForceUpdate so unchanged tasks are not restarted.
     */
    static ObjectNode forUpdate(ObjectNode wanted, RunningService running) {
        ObjectNode spec = wanted.deepCopy();
        JsonNode runningSpec = running.spec();
        ObjectNode container = (ObjectNode) spec.with("TaskTemplate").with("ContainerSpec");
        String image = container.path("Image").asText();
        if (image.equals(runningSpec.path("Labels").path(StackLabels.IMAGE).asText(null))) {
            container.put("Image", runningSpec.path("TaskTemplate").path("ContainerSpec").path("Image").asText());
        }
        JsonNode force = runningSpec.path("TaskTemplate").path("ForceUpdate");
        if (force.isNumber()) {
            spec.with("TaskTemplate").put("ForceUpdate", force.asLong());
        } else {
            spec.with("TaskTemplate").remove("ForceUpdate");
        }
        return spec;
    }

    /** Fills SecretID and ConfigID from the names; fails with a sentence when one is missing. */
    static ObjectNode resolveReferences(ObjectNode planned, Map<String, String> secretIds,
                                        Map<String, String> configIds, String service) {
        ObjectNode spec = planned.deepCopy();
        JsonNode container = spec.path("TaskTemplate").path("ContainerSpec");
        for (JsonNode ref : container.path("Secrets")) {
            ((ObjectNode) ref).put("SecretID", id(secretIds, ref.path("SecretName").asText(), "secret", service));
        }
        for (JsonNode ref : container.path("Configs")) {
            ((ObjectNode) ref).put("ConfigID", id(configIds, ref.path("ConfigName").asText(), "config", service));
        }
        return spec;
    }

    private static String id(Map<String, String> ids, String name, String what, String service) {
        String id = ids.get(name);
        if (id == null) {
            throw new EngineException(EngineException.Kind.NOT_FOUND,
                    "Service " + service + " uses " + what + " \"" + name + "\", which does not exist on the engine.");
        }
        return id;
    }
}
