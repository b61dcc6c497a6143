package dev.gantry.adapter.docker.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.dockerjava.api.DockerClient;
import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.api.EngineException.Kind;
import dev.gantry.adapter.api.NodeInfo;
import dev.gantry.adapter.api.ops.AvailabilityCheck;
import dev.gantry.adapter.api.ops.NodeAvailability;
import dev.gantry.adapter.api.ops.NodeOperations;
import java.util.ArrayList;
import java.util.List;

/** Node availability over raw JSON (the spec goes back whole, with a fresh Version.Index). */
final class DockerNodeOperations implements NodeOperations {

    private final EngineHttp http;
    private final OpsErrors errors;

    DockerNodeOperations(DockerClient client, EngineHttp http, OpsErrors errors) {
        this.http = http;
        this.errors = errors;
    }

    @Override
    public AvailabilityCheck check(String node, NodeAvailability target) {
        List<NodeInfo> nodes = nodes();
        try {
            return AvailabilityCheck.of(nodes, node, target);
        } catch (IllegalArgumentException e) {
            throw new EngineException(Kind.NOT_FOUND, "Swarm node " + node + " does not exist (any more).", e);
        }
    }

    @Override
    public void setAvailability(String node, NodeAvailability target) {
        RuntimeException last = null;
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                JsonNode current = http.get("/nodes/" + node);
                ObjectNode spec = current.path("Spec").deepCopy();
                spec.put("Availability", target.engineName());
                http.post("/nodes/" + current.path("ID").asText() + "/update?version="
                        + current.path("Version").path("Index").asLong(), spec);
                return;
            } catch (RuntimeException e) {
                last = e;
                if (!OpsErrors.isOutOfSequence(e)) {
                    break;
                }
            }
        }
        throw errors.translate(last, "set the availability of", "swarm node " + node);
    }

    List<NodeInfo> nodes() {
        try {
            List<NodeInfo> out = new ArrayList<>();
            for (JsonNode n : http.get("/nodes")) {
                out.add(new NodeInfo(n.path("ID").asText(), n.path("Description").path("Hostname").asText(),
                        n.path("Spec").path("Role").asText(), n.path("Spec").path("Availability").asText(),
                        n.path("Status").path("State").asText(), n.path("ManagerStatus").path("Leader").asBoolean(),
                        n.path("Description").path("Engine").path("EngineVersion").asText(),
                        n.path("Status").path("Addr").asText()));
            }
            return out;
        } catch (RuntimeException e) {
            throw errors.translate(e, "list", "the swarm's nodes");
        }
    }
}
