package dev.gantry.adapter.docker.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the engine runs of one stack: its services (with version and spec) and networks, found by
 * the namespace label as the CLI finds them.
 */
record RunningStack(Map<String, RunningService> services, Map<String, String> networks) {

    record RunningService(String id, long version, ObjectNode spec) {
    }

    RunningStack {
        services = Map.copyOf(services);
        networks = Map.copyOf(networks);
    }

    static RunningStack read(EngineApi api, String stack) {
        String filter = EngineApi.labelFilter(StackLabels.NAMESPACE + "=" + stack);
        Map<String, RunningService> services = new LinkedHashMap<>();
        for (JsonNode s : api.get("/services?" + filter)) {
            RunningService rs = service(s);
            services.put(rs.spec().path("Name").asText(), rs);
        }
        Map<String, String> networks = new LinkedHashMap<>();
        for (JsonNode n : api.get("/networks?" + filter)) {
            networks.put(n.path("Name").asText(), n.path("Id").asText());
        }
        return new RunningStack(services, networks);
    }

    static RunningService service(JsonNode inspect) {
        return new RunningService(inspect.path("ID").asText(), inspect.path("Version").path("Index").asLong(),
                (ObjectNode) inspect.path("Spec").deepCopy());
    }

    static RunningService inspectService(EngineApi api, String id) {
        return service(api.get("/services/" + EngineApi.encode(id)));
    }
}
