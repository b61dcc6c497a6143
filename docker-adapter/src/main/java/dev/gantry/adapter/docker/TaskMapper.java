package dev.gantry.adapter.docker;

import static dev.gantry.adapter.docker.JsonFields.lower;
import static dev.gantry.adapter.docker.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.adapter.api.ContainerInfo;
import dev.gantry.adapter.api.Health;
import dev.gantry.adapter.api.TaskInfo;
import java.util.Map;

/** An entry of the engine's task list (GET /tasks) to {@link TaskInfo}, joined with node hostnames and local container health. */
final class TaskMapper {

    private TaskMapper() {
    }

    /**
     * @param nodeHostnames    node id to hostname
     * @param serviceNames     service id to name
     * @param localContainers  this engine's containers by id and by their swarm task id label
     */
    static TaskInfo map(JsonNode t, Map<String, String> nodeHostnames, Map<String, String> serviceNames,
                        Map<String, ContainerInfo> localContainers) {
        String id = text(t, "ID");
        String serviceId = text(t, "ServiceID");
        String nodeId = text(t, "NodeID");
        JsonNode status = t.path("Status");
        JsonNode cs = status.path("ContainerStatus");
        String containerId = blankToNull(text(cs, "ContainerID"));
        ContainerInfo local = containerId != null ? localContainers.get(containerId) : null;
        if (local == null) {
            local = localContainers.get(id);
        }
        if (containerId == null && local != null) {
            containerId = local.id();
        }
        return new TaskInfo(
                id,
                serviceId,
                serviceNames.get(serviceId),
                t.path("Slot").asInt(0),
                nodeId,
                nodeId == null ? null : nodeHostnames.get(nodeId),
                text(t.path("Spec").path("ContainerSpec"), "Image"),
                lower(status, "State"),
                lower(t, "DesiredState"),
                text(status, "Message"),
                blankToNull(text(status, "Err")),
                JsonFields.integer(cs, "ExitCode"),
                containerId,
                Times.parse(text(t, "CreatedAt")),
                Times.parse(text(t, "UpdatedAt")),
                local == null ? Health.NONE : local.health());
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
