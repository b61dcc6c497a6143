package dev.gantry.adapter.docker;

import static dev.gantry.adapter.docker.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.adapter.api.ComposeProject;
import dev.gantry.adapter.api.ContainerInfo;
import dev.gantry.adapter.api.InventorySnapshot;
import dev.gantry.adapter.api.NodeInfo;
import dev.gantry.adapter.api.ServiceInfo;
import dev.gantry.adapter.api.StackInfo;
import dev.gantry.adapter.api.TaskInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Builds an {@link InventorySnapshot} from the engine's raw lists: joins tasks with nodes and local
 * containers, counts replicas, and groups stacks, compose projects and standalone containers. Pure.
 */
final class InventoryAssembler {

    /**
     * Tasks of a service by slot (global tasks by node), the orchestrator's current task before the
     * history it replaced, newest first.
     */
    static final Comparator<TaskInfo> TASK_ORDER = Comparator
            .comparing(TaskInfo::serviceName, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(TaskInfo::slot)
            .thenComparing(TaskInfo::nodeHostname, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(t -> !t.isCurrent())
            .thenComparing(TaskInfo::updatedAt, Comparator.nullsLast(Comparator.<Instant>reverseOrder()));

    private InventoryAssembler() {
    }

    static InventorySnapshot assemble(InventoryLists in) {
        List<ContainerInfo> containers = in.containers().stream()
                .map(ContainerMapper::map)
                .sorted(Comparator.comparing(ContainerInfo::name))
                .toList();

        Map<String, ContainerInfo> localContainers = new HashMap<>();
        for (ContainerInfo c : containers) {
            localContainers.put(c.id(), c);
            String taskId = c.labels().get(ContainerInfo.SWARM_TASK_ID);
            if (taskId != null) {
                localContainers.put(taskId, c);
            }
        }
        Map<String, String> nodeHostnames = new HashMap<>();
        for (JsonNode n : in.nodes()) {
            String hostname = text(n.path("Description"), "Hostname");
            if (hostname != null) {
                nodeHostnames.put(text(n, "ID"), hostname);
            }
        }
        Map<String, String> serviceNames = new HashMap<>();
        for (JsonNode s : in.services()) {
            String name = text(s.path("Spec"), "Name");
            if (name != null) {
                serviceNames.put(text(s, "ID"), name);
            }
        }

        List<TaskInfo> tasks = new ArrayList<>();
        for (JsonNode t : in.tasks()) {
            tasks.add(TaskMapper.map(t, nodeHostnames, serviceNames, localContainers));
        }
        tasks.sort(TASK_ORDER);
        Map<String, List<TaskInfo>> tasksByService = tasks.stream()
                .filter(t -> t.serviceId() != null)
                .collect(Collectors.groupingBy(TaskInfo::serviceId));

        List<ServiceInfo> services = in.services().stream()
                .map(s -> ServiceMapper.map(s, tasksByService.getOrDefault(text(s, "ID"), List.of())))
                .sorted(Comparator.comparing(ServiceInfo::name, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();

        List<NodeInfo> nodes = in.nodes().stream()
                .map(NodeMapper::map)
                .sorted(Comparator.comparing(NodeInfo::hostname, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();

        return new InventorySnapshot(
                in.takenAt(),
                in.engine(),
                stacks(services, in.networks(), in.secrets(), in.configStacks()),
                services,
                tasks,
                composeProjects(containers),
                containers.stream().filter(c -> !c.isSwarmTask() && c.composeProject() == null).toList(),
                containers,
                nodes);
    }

    static List<StackInfo> stacks(List<ServiceInfo> services, List<JsonNode> networks, List<JsonNode> secrets,
                                  List<InventoryLists.NamedStackMember> configs) {
        Map<String, StackParts> stacks = new TreeMap<>();
        for (ServiceInfo s : services) {
            if (s.stack() != null) {
                stacks.computeIfAbsent(s.stack(), k -> new StackParts()).serviceIds.add(s.id());
            }
        }
        for (JsonNode n : networks) {
            String ns = label(n);
            if (ns != null) {
                stacks.computeIfAbsent(ns, k -> new StackParts()).networks.add(text(n, "Name"));
            }
        }
        for (JsonNode s : secrets) {
            JsonNode spec = s.path("Spec");
            String ns = label(spec);
            if (ns != null) {
                stacks.computeIfAbsent(ns, k -> new StackParts()).secrets.add(text(spec, "Name"));
            }
        }
        for (InventoryLists.NamedStackMember c : configs) {
            if (c.stack() != null) {
                stacks.computeIfAbsent(c.stack(), k -> new StackParts()).configs.add(c.name());
            }
        }
        List<StackInfo> out = new ArrayList<>();
        stacks.forEach((name, p) -> out.add(new StackInfo(name, p.serviceIds, sorted(p.networks),
                sorted(p.secrets), sorted(p.configs))));
        return out;
    }

    /** Compose-labelled containers that are not swarm tasks, by project, then compose service and name. */
    static List<ComposeProject> composeProjects(List<ContainerInfo> containers) {
        Map<String, List<ContainerInfo>> byProject = new TreeMap<>();
        for (ContainerInfo c : containers) {
            if (!c.isSwarmTask() && c.composeProject() != null) {
                byProject.computeIfAbsent(c.composeProject(), k -> new ArrayList<>()).add(c);
            }
        }
        Comparator<ContainerInfo> order = Comparator
                .comparing(ContainerInfo::composeService, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ContainerInfo::name);
        List<ComposeProject> out = new ArrayList<>();
        byProject.forEach((name, list) -> {
            list.sort(order);
            out.add(new ComposeProject(name, list));
        });
        return out;
    }

    /** The stack namespace label of a network or a secret's spec. */
    private static String label(JsonNode labelled) {
        return text(labelled.path("Labels"), StackInfo.NAMESPACE_LABEL);
    }

    private static List<String> sorted(List<String> names) {
        return names.stream().filter(Objects::nonNull).sorted().toList();
    }

    private static final class StackParts {
        final List<String> serviceIds = new ArrayList<>();
        final List<String> networks = new ArrayList<>();
        final List<String> secrets = new ArrayList<>();
        final List<String> configs = new ArrayList<>();
    }
}
