package dev.gantry.adapter.docker;

import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Image;
import com.github.dockerjava.api.model.Info;
import com.github.dockerjava.api.model.SwarmInfo;
import com.github.dockerjava.api.model.Version;
import com.github.dockerjava.api.model.ContainerPort;
import com.github.dockerjava.api.model.PortConfig;
import com.github.dockerjava.api.model.Service;
import com.github.dockerjava.api.model.ServiceModeConfig;
import com.github.dockerjava.api.model.ServiceSpec;
import com.github.dockerjava.api.model.ServiceUpdateStatus;
import com.github.dockerjava.api.model.SwarmNode;
import com.github.dockerjava.api.model.Task;
import com.github.dockerjava.api.model.TaskStatus;
import com.github.dockerjava.api.model.TaskStatusContainerStatus;
import dev.gantry.adapter.api.ContainerInfo;
import dev.gantry.adapter.api.EngineInfo;
import dev.gantry.adapter.api.Health;
import dev.gantry.adapter.api.ImageInfo;
import dev.gantry.adapter.api.NodeInfo;
import dev.gantry.adapter.api.PublishedPort;
import dev.gantry.adapter.api.ServiceInfo;
import dev.gantry.adapter.api.StackInfo;
import dev.gantry.adapter.api.SwarmState;
import dev.gantry.adapter.api.TaskInfo;
import dev.gantry.adapter.api.UpdateStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The inventory mapping as it was done through docker-java's models, before the lists were read as JSON
 * trees: the reference the JSON mappers are checked against on a real engine's answers.
 */
final class DockerJavaInventoryMapping {

    private DockerJavaInventoryMapping() {
    }

    static ContainerInfo container(Container c) {
        return new ContainerInfo(c.getId(), name(c.getNames()), c.getImage(), c.getCommand(),
                c.getState(), c.getStatus(), ContainerMapper.healthFromStatus(c.getStatus()), ports(c.getPorts()),
                c.getLabels() == null ? Map.of() : c.getLabels(), Times.ofEpochSeconds(c.getCreated()));
    }

    private static String name(String[] names) {
        if (names == null || names.length == 0 || names[0] == null) {
            return "";
        }
        return names[0].startsWith("/") ? names[0].substring(1) : names[0];
    }

    static List<ImageInfo> images(List<Image> images, List<Container> containers) {
        Map<String, List<String>> users = new HashMap<>();
        for (Container c : containers) {
            if (c.getImageId() != null) {
                users.computeIfAbsent(c.getImageId(), k -> new ArrayList<>()).add(name(c.getNames()));
            }
        }
        return images.stream()
                .map(i -> new ImageInfo(i.getId(),
                        i.getRepoTags() == null ? List.of() : Arrays.stream(i.getRepoTags())
                                .filter(t -> t != null && !t.equals("<none>:<none>")).sorted().toList(),
                        i.getSize() == null ? 0 : i.getSize(), Times.ofEpochSeconds(i.getCreated()),
                        i.getLabels() == null ? Map.of() : i.getLabels(),
                        users.getOrDefault(i.getId(), List.of()).stream().sorted().toList()))
                .sorted(Comparator.comparing((ImageInfo i) -> i.tags().isEmpty() ? "\uffff" : i.tags().get(0))
                        .thenComparing(ImageInfo::id))
                .toList();
    }

    private static List<PublishedPort> ports(ContainerPort[] ports) {
        if (ports == null) {
            return List.of();
        }
        Set<PublishedPort> out = new LinkedHashSet<>();
        for (ContainerPort p : ports) {
            String ip = "::".equals(p.getIp()) ? "0.0.0.0" : p.getIp();
            out.add(new PublishedPort(ip, p.getPublicPort() == null ? 0 : p.getPublicPort(),
                    p.getPrivatePort() == null ? 0 : p.getPrivatePort(), p.getType() == null ? "tcp" : p.getType(), "host"));
        }
        return new ArrayList<>(out);
    }

    static ServiceInfo service(Service s, Collection<TaskInfo> tasks) {
        ServiceSpec spec = s.getSpec();
        Map<String, String> labels = spec == null || spec.getLabels() == null ? Map.of() : spec.getLabels();
        ServiceModeConfig m = spec == null ? null : spec.getMode();
        String mode = mode(m, tasks);
        return new ServiceInfo(s.getId(), spec == null ? s.getId() : spec.getName(), labels.get(StackInfo.NAMESPACE_LABEL),
                spec == null || spec.getTaskTemplate() == null || spec.getTaskTemplate().getContainerSpec() == null
                        ? null : spec.getTaskTemplate().getContainerSpec().getImage(),
                mode, desired(mode, m, tasks), ServiceMapper.running(tasks),
                ports(s, spec), updateStatus(s.getUpdateStatus()), labels,
                Times.of(s.getCreatedAt()), Times.of(s.getUpdatedAt()),
                s.getVersion() == null || s.getVersion().getIndex() == null ? 0 : s.getVersion().getIndex());
    }

    private static String mode(ServiceModeConfig m, Collection<TaskInfo> tasks) {
        if (m == null) {
            return ServiceMapper.REPLICATED;
        }
        if (m.getGlobal() != null) {
            return ServiceMapper.GLOBAL;
        }
        if (m.getReplicated() != null) {
            return ServiceMapper.REPLICATED;
        }
        boolean slotless = !tasks.isEmpty() && tasks.stream().allMatch(t -> t.slot() == 0);
        return slotless ? ServiceMapper.GLOBAL_JOB : ServiceMapper.REPLICATED_JOB;
    }

    private static long desired(String mode, ServiceModeConfig m, Collection<TaskInfo> tasks) {
        return switch (mode) {
            case ServiceMapper.REPLICATED -> m == null || m.getReplicated() == null ? 1 : m.getReplicated().getReplicas();
            case ServiceMapper.REPLICATED_JOB, ServiceMapper.GLOBAL_JOB -> tasks.stream().filter(TaskInfo::isCurrent).count();
            default -> tasks.stream().filter(t -> "running".equals(t.desiredState())).count();
        };
    }

    private static List<PublishedPort> ports(Service s, ServiceSpec spec) {
        List<PortConfig> configs = new ArrayList<>();
        if (s.getEndpoint() != null && s.getEndpoint().getPorts() != null && s.getEndpoint().getPorts().length > 0) {
            configs.addAll(Arrays.asList(s.getEndpoint().getPorts()));
        } else if (spec != null && spec.getEndpointSpec() != null && spec.getEndpointSpec().getPorts() != null) {
            configs.addAll(spec.getEndpointSpec().getPorts());
        }
        List<PublishedPort> out = new ArrayList<>();
        for (PortConfig p : configs) {
            out.add(new PublishedPort(null, p.getPublishedPort(), p.getTargetPort(),
                    p.getProtocol() == null ? "tcp" : lower(p.getProtocol().name()),
                    p.getPublishMode() == null ? "ingress" : lower(p.getPublishMode().name())));
        }
        return out;
    }

    private static UpdateStatus updateStatus(ServiceUpdateStatus u) {
        return u == null ? null : new UpdateStatus(u.getState() == null ? null : lower(u.getState().name()),
                u.getMessage(), Times.of(u.getStartedAt()), Times.of(u.getCompletedAt()));
    }

    static TaskInfo task(Task t, Map<String, String> nodeHostnames, Map<String, String> serviceNames,
                         Map<String, ContainerInfo> localContainers) {
        TaskStatus status = t.getStatus();
        TaskStatusContainerStatus cs = status == null ? null : status.getContainerStatus();
        String containerId = cs == null || cs.getContainerID() == null || cs.getContainerID().isEmpty()
                ? null : cs.getContainerID();
        ContainerInfo local = containerId != null ? localContainers.get(containerId) : null;
        if (local == null) {
            local = localContainers.get(t.getId());
        }
        if (containerId == null && local != null) {
            containerId = local.id();
        }
        String err = status == null ? null : status.getErr();
        return new TaskInfo(t.getId(), t.getServiceId(), serviceNames.get(t.getServiceId()),
                t.getSlot() == null ? 0 : t.getSlot(), t.getNodeId(),
                t.getNodeId() == null ? null : nodeHostnames.get(t.getNodeId()),
                t.getSpec() == null || t.getSpec().getContainerSpec() == null ? null : t.getSpec().getContainerSpec().getImage(),
                status == null || status.getState() == null ? null : lower(status.getState().name()),
                t.getDesiredState() == null ? null : lower(t.getDesiredState().name()),
                status == null ? null : status.getMessage(), err == null || err.isEmpty() ? null : err,
                cs == null ? null : cs.getExitCode(), containerId,
                Times.parse(t.getCreatedAt()), Times.parse(t.getUpdatedAt()), local == null ? Health.NONE : local.health());
    }

    static NodeInfo node(SwarmNode n) {
        var spec = n.getSpec();
        var d = n.getDescription();
        var status = n.getStatus();
        return new NodeInfo(n.getId(), d == null ? null : d.getHostname(),
                spec == null || spec.getRole() == null ? null : lower(spec.getRole().name()),
                spec == null || spec.getAvailability() == null ? null : lower(spec.getAvailability().name()),
                status == null || status.getState() == null ? null : lower(status.getState().name()),
                n.getManagerStatus() != null && n.getManagerStatus().isLeader(),
                d == null || d.getEngine() == null ? null : d.getEngine().getEngineVersion(),
                status == null ? null : status.getAddress());
    }

    static EngineInfo engine(Version version, Info info, String negotiated) {
        SwarmInfo swarm = info.getSwarm();
        String local = swarm == null || swarm.getLocalNodeState() == null ? "" : lower(swarm.getLocalNodeState().name());
        SwarmState state = switch (local) {
            case "active" -> SwarmState.ACTIVE;
            case "pending" -> SwarmState.PENDING;
            case "error" -> SwarmState.ERROR;
            case "locked" -> SwarmState.LOCKED;
            default -> SwarmState.INACTIVE;
        };
        boolean manager = swarm != null && Boolean.TRUE.equals(swarm.getControlAvailable());
        return new EngineInfo(version.getVersion(), version.getApiVersion(), negotiated, info.getOsType(),
                info.getArchitecture(), info.getKernelVersion(), info.getName(), info.getNCPU() == null ? 0 : info.getNCPU(),
                info.getMemTotal() == null ? 0 : info.getMemTotal(), state, state == SwarmState.ACTIVE && manager,
                swarm == null ? null : swarm.getNodeID(), info.getContainers() == null ? 0 : info.getContainers(),
                info.getContainersRunning() == null ? 0 : info.getContainersRunning(),
                info.getImages() == null ? 0 : info.getImages());
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
