package dev.gantry.ui.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gantry.adapter.api.ContainerInfo;
import dev.gantry.adapter.api.Health;
import dev.gantry.adapter.api.InventorySnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RowContainersTest {

    /** The sample, with local containers for the running web and loner replicas (t-web2's runs on another node). */
    private static InventorySnapshot snapshot() {
        InventorySnapshot s = Fixtures.sample();
        List<ContainerInfo> all = new ArrayList<>(s.containers());
        all.add(Fixtures.container("c-t-web1", "shop_web.1.x", "running", "Up", Health.HEALTHY, Map.of()));
        all.add(Fixtures.container("c-t-l1", "loner.1.x", "running", "Up", Health.UNHEALTHY, Map.of()));
        all.add(Fixtures.container("c-t-w1a", "shop_worker.1.a", "exited", "Exited (3)", Health.NONE, Map.of()));
        return new InventorySnapshot(s.takenAt(), s.engine(), s.stacks(), s.services(), s.tasks(), s.composeProjects(),
                s.standaloneContainers(), all, s.nodes());
    }

    private static InventoryRow row(String id, RowKind kind) {
        return new InventoryRow(id, kind, id, "", -1, -1, Badge.NONE, "", "", null, null);
    }

    @Test
    void aServiceStandsForItsRunningReplicasOnThisEngine() {
        assertEquals(List.of("c-t-web1"), RowContainers.of(row("s-web", RowKind.SERVICE), snapshot()));
        assertEquals(List.of(), RowContainers.of(row("s-worker", RowKind.SERVICE), snapshot()), "none running");
    }

    @Test
    void aStackAddsUpItsServicesAndAProjectItsRunningContainers() {
        assertEquals(List.of("c-t-web1"), RowContainers.of(row("stack:shop", RowKind.STACK), snapshot()));
        assertEquals(List.of("c-app"), RowContainers.of(row("project:blog", RowKind.PROJECT), snapshot()),
                "blog-db-1 has exited");
    }

    @Test
    void aTaskOrContainerIsItsOwnContainerWhileRunning() {
        assertEquals(List.of("c-t-l1"), RowContainers.of(row("t-l1", RowKind.TASK), snapshot()));
        assertEquals(List.of(), RowContainers.of(row("t-w1a", RowKind.TASK), snapshot()), "its container exited");
        assertEquals(List.of("c-solo"), RowContainers.of(row("c-solo", RowKind.CONTAINER), snapshot()));
        assertEquals(List.of(), RowContainers.of(row("c-db", RowKind.CONTAINER), snapshot()));
        assertEquals(List.of(), RowContainers.of(row(InventoryTreeBuilder.STACKS, RowKind.GROUP), snapshot()));
        assertEquals(List.of(), RowContainers.of(row("gone", RowKind.SERVICE), null));
    }
}
