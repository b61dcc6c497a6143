package dev.gantry.adapter.docker;

import static dev.gantry.adapter.docker.JsonFields.lower;
import static dev.gantry.adapter.docker.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.adapter.api.PublishedPort;
import dev.gantry.adapter.api.ServiceInfo;
import dev.gantry.adapter.api.StackInfo;
import dev.gantry.adapter.api.TaskInfo;
import dev.gantry.adapter.api.UpdateStatus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** An entry of the engine's service list (GET /services) to {@link ServiceInfo}, with replica counts from its tasks. */
final class ServiceMapper {

    static final String REPLICATED = "replicated";
    static final String GLOBAL = "global";
    static final String REPLICATED_JOB = "replicated-job";
    static final String GLOBAL_JOB = "global-job";

    private ServiceMapper() {
    }

    /** @param tasks this service's tasks (history included) */
    static ServiceInfo map(JsonNode s, Collection<TaskInfo> tasks) {
        String id = text(s, "ID");
        JsonNode spec = s.path("Spec");
        Map<String, String> labels = JsonFields.strings(spec.path("Labels"));
        String mode = mode(spec.path("Mode"), tasks);
        return new ServiceInfo(
                id,
                spec.isObject() ? text(spec, "Name") : id,
                labels.get(StackInfo.NAMESPACE_LABEL),
                image(spec),
                mode,
                desired(mode, spec.path("Mode"), tasks),
                running(tasks),
                ports(s.path("Endpoint"), spec.path("EndpointSpec")),
                updateStatus(s.path("UpdateStatus")),
                labels,
                Times.parse(text(s, "CreatedAt")),
                Times.parse(text(s, "UpdatedAt")),
                s.path("Version").path("Index").asLong(0));
    }

    /**
     * The spec's mode; a mode this version does not know is taken for a job, global when its tasks
     * have no slot (global tasks are keyed by node), replicated otherwise.
     */
    static String mode(JsonNode m, Collection<TaskInfo> tasks) {
        if (!m.isObject()) {
            return REPLICATED;
        }
        if (m.hasNonNull("Global")) {
            return GLOBAL;
        }
        if (m.hasNonNull("Replicated")) {
            return REPLICATED;
        }
        if (m.hasNonNull("ReplicatedJob")) {
            return REPLICATED_JOB;
        }
        if (m.hasNonNull("GlobalJob")) {
            return GLOBAL_JOB;
        }
        boolean slotless = !tasks.isEmpty() && tasks.stream().allMatch(t -> t.slot() == 0);
        return slotless ? GLOBAL_JOB : REPLICATED_JOB;
    }

    /**
     * Replicated: the spec's replica count. Global: the tasks the orchestrator wants running, one per
     * eligible node. Jobs: the tasks not yet replaced.
     */
    static long desired(String mode, JsonNode m, Collection<TaskInfo> tasks) {
        switch (mode) {
            case REPLICATED:
                JsonNode replicated = m.path("Replicated");
                return replicated.isObject() ? replicated.path("Replicas").asLong(0) : 1;
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

    static String image(JsonNode spec) {
        return text(spec.path("TaskTemplate").path("ContainerSpec"), "Image");
    }

    /**
     * The endpoint's ports are what the engine actually published (ingress ports chosen by it); the
     * spec's are used when the endpoint has none yet.
     */
    static List<PublishedPort> ports(JsonNode endpoint, JsonNode endpointSpec) {
        List<JsonNode> configs = JsonFields.elements(endpoint.path("Ports"));
        if (configs.isEmpty()) {
            configs = JsonFields.elements(endpointSpec.path("Ports"));
        }
        List<PublishedPort> out = new ArrayList<>();
        for (JsonNode p : configs) {
            String protocol = lower(p, "Protocol");
            String publishMode = lower(p, "PublishMode");
            out.add(new PublishedPort(null, p.path("PublishedPort").asInt(0), p.path("TargetPort").asInt(0),
                    protocol == null ? "tcp" : protocol, publishMode == null ? "ingress" : publishMode));
        }
        return out;
    }

    static UpdateStatus updateStatus(JsonNode u) {
        if (!u.isObject()) {
            return null;
        }
        return new UpdateStatus(lower(u, "State"), text(u, "Message"), Times.parse(text(u, "StartedAt")),
                Times.parse(text(u, "CompletedAt")));
    }
}
