package dev.gantry.ui.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.Health;
import dev.gantry.adapter.api.InventorySnapshot;
import dev.gantry.adapter.api.ServiceInfo;
import dev.gantry.adapter.api.TaskInfo;
import dev.gantry.ui.inventory.Fixtures;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SettleRecheckTest {

    private static InventorySnapshot swarm(List<ServiceInfo> services, List<TaskInfo> tasks) {
        InventorySnapshot s = Fixtures.sample();
        return new InventorySnapshot(s.takenAt(), s.engine(), List.of(), services, tasks, List.of(), List.of(), List.of(),
                s.nodes());
    }

    private static TaskInfo task(String id, String state, String desired) {
        return new TaskInfo(id, "s-back", "back", 1, "node1", "host1", "img", state, desired, state, null, null, "c-" + id,
                Fixtures.T0, Fixtures.T0, Health.NONE);
    }

    private static final ServiceInfo BACK_3 = Fixtures.service("s-back", "back", null, 1, 3);

    @Test
    void aTaskStillStartingOrAServiceShortOfTasksIsConverging() {
        assertTrue(SettleRecheck.converging(swarm(List.of(BACK_3),
                List.of(task("a", "running", "running"), task("b", "starting", "running"), task("c", "running", "running")))));
        assertTrue(SettleRecheck.converging(swarm(List.of(BACK_3), List.of(task("a", "running", "running")))),
                "scaled to 3, one task so far (the others may be on other nodes, which send no events here)");
        assertFalse(SettleRecheck.converging(swarm(List.of(BACK_3), List.of(task("a", "running", "running"),
                task("b", "running", "running"), task("c", "running", "running"), task("old", "starting", "shutdown")))),
                "a replaced task on its way out does not count");
        assertFalse(SettleRecheck.converging(swarm(List.of(), List.of())));
        assertFalse(SettleRecheck.converging(null));
    }

    @Test
    void rechecksGrowAreBoundedAndStartOverOnAnEvent() {
        InventorySnapshot converging = swarm(List.of(BACK_3), List.of(task("a", "running", "running")));
        SettleRecheck settle = new SettleRecheck();
        List<Duration> delays = new ArrayList<>();
        for (Duration d; (d = settle.next(converging)) != null; ) {
            delays.add(d);
            if (delays.size() > 100) {
                break;
            }
        }
        assertEquals(SettleRecheck.DELAYS, delays, "each delay once, growing, then no more");
        settle.reset();
        assertEquals(SettleRecheck.DELAYS.get(0), settle.next(converging));
        settle.reset();
        InventorySnapshot settled = swarm(List.of(Fixtures.service("s-back", "back", null, 1, 1)),
                List.of(task("a", "running", "running")));
        assertNull(settle.next(settled), "nothing to wait for");
    }
}
