package dev.gantry.adapter.docker;

import com.github.dockerjava.api.model.ContainerSpec;
import com.github.dockerjava.api.model.Task;
import com.github.dockerjava.api.model.TaskSpec;
import com.github.dockerjava.api.model.TaskState;
import com.github.dockerjava.api.model.TaskStatus;
import com.github.dockerjava.api.model.TaskStatusContainerStatus;
import dev.gantry.adapter.api.ContainerInfo;
import dev.gantry.adapter.api.Health;
import dev.gantry.adapter.api.TaskInfo;
import java.util.Locale;
import java.util.Map;

/** docker-java's task to {@link TaskInfo}, joined with node hostnames and local container health. */
final class TaskMapper {

    private TaskMapper() {
    }

    /**
     * @param nodeHostnames    node id to hostname
     * @param serviceNames     service id to name
     * @param localContainers  this engine's containers by id and by their swarm task id label
     */
    static TaskInfo map(Task t, Map<String, String> nodeHostnames, Map<String, String> serviceNames,
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
        return new TaskInfo(
                t.getId(),
                t.getServiceId(),
                serviceNames.get(t.getServiceId()),
                t.getSlot() == null ? 0 : t.getSlot(),
                t.getNodeId(),
                t.getNodeId() == null ? null : nodeHostnames.get(t.getNodeId()),
                image(t.getSpec()),
                state(status == null ? null : status.getState()),
                state(t.getDesiredState()),
                status == null ? null : status.getMessage(),
                err == null || err.isEmpty() ? null : err,
                cs == null ? null : cs.getExitCode(),
                containerId,
                Times.parse(t.getCreatedAt()),
                Times.parse(t.getUpdatedAt()),
                local == null ? Health.NONE : local.health());
    }

    static String state(TaskState s) {
        return s == null ? null : s.name().toLowerCase(Locale.ROOT);
    }

    private static String image(TaskSpec spec) {
        ContainerSpec c = spec == null ? null : spec.getContainerSpec();
        return c == null ? null : c.getImage();
    }
}
