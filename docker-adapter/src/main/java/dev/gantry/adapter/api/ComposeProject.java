package dev.gantry.adapter.api;

import java.util.List;

/** Containers grouped by their com.docker.compose.project label. */
public record ComposeProject(String name, List<ContainerInfo> containers) {

    public ComposeProject {
        containers = List.copyOf(containers);
    }
}
