package dev.gantry.ui.inventory;

import dev.gantry.adapter.api.ComposeProject;
import dev.gantry.adapter.api.ContainerInfo;
import dev.gantry.adapter.api.InventorySnapshot;
import dev.gantry.adapter.api.TaskInfo;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The running containers on this engine that stand behind an inventory row, whose stats add up to the
 * row's figures: a container or task row's own container, a service's running replicas, a stack's
 * services' replicas, a Compose project's containers. Replicas on other swarm nodes are left out: this
 * engine cannot sample them. Pure; no JavaFX.
 */
public final class RowContainers {

    private RowContainers() {
    }

    /** Whether rows of this kind have containers behind them at all. */
    public static boolean hasContainers(RowKind kind) {
        return kind != RowKind.GROUP;
    }

    /** Container ids, in a stable order; empty when none runs here. */
    public static List<String> of(InventoryRow row, InventorySnapshot snapshot) {
        if (row == null || snapshot == null) {
            return List.of();
        }
        Set<String> running = new HashSet<>();
        for (ContainerInfo c : snapshot.containers()) {
            if (c.isRunning()) {
                running.add(c.id());
            }
        }
        Stream<String> ids = switch (row.kind()) {
            case CONTAINER -> Stream.of(row.id());
            case TASK -> snapshot.tasks().stream().filter(t -> t.id().equals(row.id())).map(TaskInfo::containerId);
            case SERVICE -> serviceContainers(snapshot, Set.of(row.id()));
            case STACK -> snapshot.stacks().stream().filter(s -> row.id().equals("stack:" + s.name())).findFirst()
                    .map(s -> serviceContainers(snapshot, Set.copyOf(s.serviceIds()))).orElse(Stream.empty());
            case PROJECT -> snapshot.composeProjects().stream().filter(p -> row.id().equals("project:" + p.name()))
                    .map(ComposeProject::containers).flatMap(List::stream).map(ContainerInfo::id);
            case GROUP -> Stream.empty();
        };
        return ids.filter(id -> id != null && running.contains(id)).distinct().sorted().toList();
    }

    private static Stream<String> serviceContainers(InventorySnapshot snapshot, Set<String> serviceIds) {
        return snapshot.tasks().stream()
                .filter(t -> serviceIds.contains(t.serviceId()) && t.isCurrent() && t.isRunning())
                .map(TaskInfo::containerId);
    }
}
