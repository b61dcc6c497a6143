package dev.gantry.adapter.docker;

import com.github.dockerjava.api.model.ContainerSpec;
import com.github.dockerjava.api.model.Endpoint;
import com.github.dockerjava.api.model.EndpointSpec;
import com.github.dockerjava.api.model.PortConfig;
import com.github.dockerjava.api.model.Service;
import com.github.dockerjava.api.model.ServiceModeConfig;
import com.github.dockerjava.api.model.ServiceSpec;
import com.github.dockerjava.api.model.ServiceUpdateStatus;
import com.github.dockerjava.api.model.TaskSpec;
import dev.gantry.adapter.api.PublishedPort;
import dev.gantry.adapter.api.ServiceInfo;
import dev.gantry.adapter.api.StackInfo;
import dev.gantry.adapter.api.TaskInfo;
import dev.gantry.adapter.api.UpdateStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** docker-java's service to {@link ServiceInfo}, with replica counts taken from its tasks. */
final class ServiceMapper {

    static final String REPLICATED = "replicated";
    static final String GLOBAL = "global";
    static final String REPLICATED_JOB = "replicated-job";
    static final String GLOBAL_JOB = "global-job";

    private ServiceMapper() {
    }

    /** @param tasks this service's tasks (history included) */
    static ServiceInfo map(Service s, Collection<TaskInfo> tasks) {
        ServiceSpec spec = s.getSpec();
        Map<String, String> labels = spec == null || spec.getLabels() == null ? Map.of() : spec.getLabels();
        String mode = mode(spec == null ? null : spec.getMode(), tasks);
        return new ServiceInfo(
                s.getId(),
                spec == null ? s.getId() : spec.getName(),
                labels.get(StackInfo.NAMESPACE_LABEL),
                image(spec),
                mode,
                desired(mode, spec == null ? null : spec.getMode(), tasks),
                running(tasks),
                ports(s.getEndpoint(), spec == null ? null : spec.getEndpointSpec()),
                updateStatus(s.getUpdateStatus()),
                labels,
                Times.of(s.getCreatedAt()),
                Times.of(s.getUpdatedAt()),
                s.getVersion() == null || s.getVersion().getIndex() == null ? 0 : s.getVersion().getIndex());
    }

    /**
     * docker-java knows replicated and global and drops the job modes (API 1.41); a job is global
     * when its tasks have no slot (global tasks are keyed by node), replicated otherwise.
     */
    static String mode(ServiceModeConfig m, Collection<TaskInfo> tasks) {
        if (m == null) {
            return REPLICATED;
        }
        if (m.getGlobal() != null) {
            return GLOBAL;
        }
        if (m.getReplicated() != null) {
            return REPLICATED;
        }
        boolean slotless = !tasks.isEmpty() && tasks.stream().allMatch(t -> t.slot() == 0);
        return slotless ? GLOBAL_JOB : REPLICATED_JOB;
    }

    /**
     * Replicated: the spec's replica count. Global: the tasks the orchestrator wants running, one per
     * eligible node. Jobs: the tasks not yet replaced (their spec's counts are not visible through
     * docker-java).
     */
    static long desired(String mode, ServiceModeConfig m, Collection<TaskInfo> tasks) {
        switch (mode) {
            case REPLICATED:
                return m == null || m.getReplicated() == null ? 1 : m.getReplicated().getReplicas();
            case REPLICATED_JOB:
            case GLOBAL_JOB:
                return tasks.stream().filter(TaskInfo::isCurrent).count();
            default:
                return tasks.stream().filter(t -> "running".equals(t.desiredState())).count();
        }
    }

    /** Tasks running now and meant to: a task being shut down does not count. */
    static long running(Collection<TaskInfo> tasks) {
        return tasks.stream().filter(t -> t.isRunning() && "running".equals(t.desiredState())).count();
    }

    static String image(ServiceSpec spec) {
        TaskSpec template = spec == null ? null : spec.getTaskTemplate();
        ContainerSpec container = template == null ? null : template.getContainerSpec();
        return container == null ? null : container.getImage();
    }

    /**
     * The endpoint's ports are what the engine actually published (ingress ports chosen by it); the
     * spec's are used when the endpoint has none yet.
     */
    static List<PublishedPort> ports(Endpoint endpoint, EndpointSpec spec) {
        List<PortConfig> configs = new ArrayList<>();
        if (endpoint != null && endpoint.getPorts() != null && endpoint.getPorts().length > 0) {
            configs.addAll(Arrays.asList(endpoint.getPorts()));
        } else if (spec != null && spec.getPorts() != null) {
            configs.addAll(spec.getPorts());
        }
        List<PublishedPort> out = new ArrayList<>();
        for (PortConfig p : configs) {
            out.add(new PublishedPort(null, p.getPublishedPort(), p.getTargetPort(),
                    p.getProtocol() == null ? "tcp" : p.getProtocol().name().toLowerCase(Locale.ROOT),
                    p.getPublishMode() == null ? "ingress" : p.getPublishMode().name().toLowerCase(Locale.ROOT)));
        }
        return out;
    }

    static UpdateStatus updateStatus(ServiceUpdateStatus u) {
        if (u == null) {
            return null;
        }
        return new UpdateStatus(u.getState() == null ? null : u.getState().name().toLowerCase(Locale.ROOT),
                u.getMessage(), Times.of(u.getStartedAt()), Times.of(u.getCompletedAt()));
    }
}
