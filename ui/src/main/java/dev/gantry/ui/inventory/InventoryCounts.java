package dev.gantry.ui.inventory;

import dev.gantry.adapter.api.ContainerInfo;
import dev.gantry.adapter.api.InventorySnapshot;
import dev.gantry.adapter.api.ServiceInfo;

/** The figures of the status bar. */
public record InventoryCounts(int stacks, int services, long replicasRunning, long replicasDesired,
                              int projects, int containers, long containersRunning, int nodes) {

    public static final InventoryCounts EMPTY = new InventoryCounts(0, 0, 0, 0, 0, 0, 0, 0);

    public static InventoryCounts of(InventorySnapshot s) {
        return new InventoryCounts(s.stacks().size(), s.services().size(),
                s.services().stream().mapToLong(ServiceInfo::runningReplicas).sum(),
                s.services().stream().mapToLong(ServiceInfo::desiredReplicas).sum(),
                s.composeProjects().size(), s.containers().size(),
                s.containers().stream().filter(ContainerInfo::isRunning).count(), s.nodes().size());
    }

    public String summary() {
        StringBuilder b = new StringBuilder();
        if (services > 0 || stacks > 0) {
            b.append(stacks).append(stacks == 1 ? " stack · " : " stacks · ")
             .append(services).append(services == 1 ? " service · " : " services · ")
             .append(replicasRunning).append('/').append(replicasDesired).append(" replicas · ");
        }
        if (projects > 0) {
            b.append(projects).append(projects == 1 ? " project · " : " projects · ");
        }
        b.append(containersRunning).append('/').append(containers).append(" containers running");
        if (nodes > 0) {
            b.append(" · ").append(nodes).append(nodes == 1 ? " node" : " nodes");
        }
        return b.toString();
    }
}
