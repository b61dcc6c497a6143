package dev.gantry.adapter.docker;

import static dev.gantry.adapter.docker.JsonFields.lower;
import static dev.gantry.adapter.docker.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.adapter.api.NodeInfo;

/** An entry of the engine's node list (GET /nodes) to {@link NodeInfo}. */
final class NodeMapper {

    private NodeMapper() {
    }

    static NodeInfo map(JsonNode n) {
        JsonNode spec = n.path("Spec");
        JsonNode description = n.path("Description");
        JsonNode status = n.path("Status");
        return new NodeInfo(
                text(n, "ID"),
                text(description, "Hostname"),
                lower(spec, "Role"),
                lower(spec, "Availability"),
                lower(status, "State"),
                n.path("ManagerStatus").path("Leader").asBoolean(false),
                text(description.path("Engine"), "EngineVersion"),
                text(status, "Addr"));
    }
}
