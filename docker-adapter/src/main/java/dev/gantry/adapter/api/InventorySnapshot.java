package dev.gantry.adapter.api;

import java.time.Instant;
import java.util.List;

/**
 * Everything an engine runs, at one moment. An engine not in swarm mode has empty stacks,
 * services, tasks and nodes.
 *
 * @param containers every container, including the swarm tasks' and compose projects' ones
 */
public record InventorySnapshot(
        Instant takenAt,
        EngineInfo engine,
        List<StackInfo> stacks,
        List<ServiceInfo> services,
        List<TaskInfo> tasks,
        List<ComposeProject> composeProjects,
        List<ContainerInfo> standaloneContainers,
        List<ContainerInfo> containers,
        List<NodeInfo> nodes) {

    public InventorySnapshot {
        stacks = List.copyOf(stacks);
        services = List.copyOf(services);
        tasks = List.copyOf(tasks);
        composeProjects = List.copyOf(composeProjects);
        standaloneContainers = List.copyOf(standaloneContainers);
        containers = List.copyOf(containers);
        nodes = List.copyOf(nodes);
    }
}
