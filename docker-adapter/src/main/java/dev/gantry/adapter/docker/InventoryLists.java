package dev.gantry.adapter.docker;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.adapter.api.EngineInfo;
import dev.gantry.adapter.api.StackInfo;
import java.time.Instant;
import java.util.List;

/**
 * The engine's lists that one inventory is built from, each entry as the engine's JSON (GET /containers/json,
 * /services, /tasks, /nodes, /networks, /secrets). The swarm lists are empty when the engine is not a
 * swarm manager.
 *
 * @param configStacks for each config, its name and stack label
 */
record InventoryLists(
        Instant takenAt,
        EngineInfo engine,
        List<JsonNode> containers,
        List<JsonNode> services,
        List<JsonNode> tasks,
        List<JsonNode> nodes,
        List<JsonNode> networks,
        List<JsonNode> secrets,
        List<NamedStackMember> configStacks) {

    InventoryLists {
        containers = List.copyOf(containers);
        services = List.copyOf(services);
        tasks = List.copyOf(tasks);
        nodes = List.copyOf(nodes);
        networks = List.copyOf(networks);
        secrets = List.copyOf(secrets);
        configStacks = List.copyOf(configStacks);
    }

    /** A swarm object that may belong to a stack. */
    record NamedStackMember(String name, String stack) {

        static NamedStackMember of(String name, java.util.Map<String, String> labels) {
            return new NamedStackMember(name, labels == null ? null : labels.get(StackInfo.NAMESPACE_LABEL));
        }
    }
}
