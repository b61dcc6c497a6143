package dev.gantry.ui.endpoint;

import dev.gantry.adapter.api.InventorySnapshot;
import dev.gantry.adapter.api.ServiceInfo;
import dev.gantry.adapter.api.TaskInfo;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When to look again at a swarm that is still converging. The engine pushes no event when a task
 * reaches "running": the worker starts the container (a container event), then reports the task's
 * state to the manager a moment later. A reload made on the container event can therefore still
 * see "starting", and nothing would ever correct it. While a snapshot shows tasks on their way to
 * running, or a replicated service with fewer tasks than it wants (tasks on other nodes send no
 * events here), a few rechecks follow at growing intervals; every new event starts them over.
 * Bounded: at most {@link #DELAYS}.size() rechecks after the last event.
 */
final class SettleRecheck {

    static final List<Duration> DELAYS = List.of(Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
            Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8));
    private static final Set<String> ON_THE_WAY = Set.of("new", "pending", "assigned", "accepted", "preparing", "ready",
            "starting");
    private int done;

    /** An event arrived: the rechecks start over. */
    synchronized void reset() {
        done = 0;
    }

    /** How long to wait before the next recheck of a swarm that {@code snap} shows converging, or null for none. */
    synchronized Duration next(InventorySnapshot snap) {
        if (done >= DELAYS.size() || !converging(snap)) {
            return null;
        }
        return DELAYS.get(done++);
    }

    static boolean converging(InventorySnapshot snap) {
        if (snap == null) {
            return false;
        }
        Map<String, Integer> current = new HashMap<>();
        for (TaskInfo t : snap.tasks()) {
            if ("running".equals(t.desiredState())) {
                if (ON_THE_WAY.contains(t.state())) {
                    return true;
                }
                current.merge(t.serviceId(), 1, Integer::sum);
            }
        }
        for (ServiceInfo s : snap.services()) {
            if ("replicated".equals(s.mode()) && current.getOrDefault(s.id(), 0) < s.desiredReplicas()) {
                return true;
            }
        }
        return false;
    }
}
