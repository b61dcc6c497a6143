package dev.gantry.adapter.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the detail pane shows for one container, from its inspect.
 *
 * @param command          entrypoint and arguments as the engine runs them
 * @param env              KEY=VALUE entries as the engine holds them (values unmasked)
 * @param exitCode         the last exit code; meaningful when not running
 * @param healthLastOutput the output of the latest healthcheck run, or null
 */
public record ContainerDetails(
        String id,
        String name,
        String image,
        String state,
        Integer exitCode,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        List<String> command,
        List<String> env,
        List<MountInfo> mounts,
        Map<String, String> labels,
        List<PublishedPort> ports,
        int restartCount,
        Health health,
        String healthLastOutput) {

    public ContainerDetails {
        command = List.copyOf(command);
        env = List.copyOf(env);
        mounts = List.copyOf(mounts);
        labels = Map.copyOf(labels);
        ports = List.copyOf(ports);
    }
}
