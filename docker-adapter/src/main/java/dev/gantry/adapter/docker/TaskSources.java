package dev.gantry.adapter.docker;

import com.github.dockerjava.api.command.InspectContainerResponse;
import java.util.Map;

/** Names log sources: "service.slot" for swarm task containers, the container name otherwise. */
final class TaskSources {

    static final String SERVICE_NAME = "com.docker.swarm.service.name";
    static final String TASK_NAME = "com.docker.swarm.task.name";

    private TaskSources() {
    }

    static String sourceOf(InspectContainerResponse c) {
        Map<String, String> labels = c.getConfig() != null && c.getConfig().getLabels() != null
                ? c.getConfig().getLabels() : Map.of();
        String name = c.getName() == null ? c.getId().substring(0, 12) : c.getName().replaceFirst("^/", "");
        return sourceOf(labels, name);
    }

    /** Task names are "service.slot.taskid" (replicated) or "service.nodeid.taskid" (global). */
    static String sourceOf(Map<String, String> labels, String containerName) {
        String service = labels.get(SERVICE_NAME);
        String task = labels.get(TASK_NAME);
        if (service != null && task != null && task.startsWith(service + ".")) {
            String rest = task.substring(service.length() + 1);
            int dot = rest.indexOf('.');
            String slot = dot < 0 ? rest : rest.substring(0, dot);
            if (slot.length() > 12) {
                slot = slot.substring(0, 12);
            }
            return service + "." + slot;
        }
        return containerName;
    }
}
