package dev.gantry.adapter.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One container, as the engine lists it.
 *
 * @param state  created, running, paused, restarting, removing, exited, dead
 * @param status the engine's human status, e.g. "Up 3 minutes (healthy)"
 */
public record ContainerInfo(
        String id,
        String name,
        String image,
        String command,
        String state,
        String status,
        Health health,
        List<PublishedPort> ports,
        Map<String, String> labels,
        Instant createdAt) {

    public static final String COMPOSE_PROJECT = "com.docker.compose.project";
    public static final String COMPOSE_SERVICE = "com.docker.compose.service";
    public static final String STACK_NAMESPACE = "com.docker.stack.namespace";
    public static final String SWARM_TASK_ID = "com.docker.swarm.task.id";

    public ContainerInfo {
        ports = List.copyOf(ports);
        labels = Map.copyOf(labels);
    }

    public String composeProject() {
        return labels.get(COMPOSE_PROJECT);
    }

    public String composeService() {
        return labels.get(COMPOSE_SERVICE);
    }

    public boolean isSwarmTask() {
        return labels.containsKey(SWARM_TASK_ID);
    }

    public boolean isRunning() {
        return "running".equals(state);
    }
}
