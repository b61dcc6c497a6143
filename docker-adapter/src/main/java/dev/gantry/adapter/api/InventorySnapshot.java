package dev.gantry.adapter.api;

import java.time.Instant;
import java.util.List;

/**
 * Everything an engine runs, at one moment. An engine not in swarm mode has empty stacks,
 * services, tasks and nodes.
 *
 * @param engine     version and info as last read; re-read only when the swarm role changed, so take
 *                   counts from the lists here, not from its container/image counters
 * @param stacks     by name; a stack may hold only networks, secrets or configs (no services)
 * @param tasks      by service, slot (global: node), the current task before the history it replaced;
 *                   {@link TaskInfo#isCurrent()} tells them apart
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
