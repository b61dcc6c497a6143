package dev.gantry.adapter.docker;

import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Network;
import com.github.dockerjava.api.model.Secret;
import com.github.dockerjava.api.model.Service;
import com.github.dockerjava.api.model.SwarmNode;
import com.github.dockerjava.api.model.Task;
import dev.gantry.adapter.api.EngineInfo;
import dev.gantry.adapter.api.StackInfo;
import java.time.Instant;
import java.util.List;

/**
 * The engine's raw lists that one inventory is built from. The swarm lists are empty when the engine
 * is not a swarm manager.
 *
 * @param configStacks for each config, its name and stack label (docker-java's Config drops labels)
 */
record InventoryLists(
        Instant takenAt,
        EngineInfo engine,
        List<Container> containers,
        List<Service> services,
        List<Task> tasks,
        List<SwarmNode> nodes,
        List<Network> networks,
        List<Secret> secrets,
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
