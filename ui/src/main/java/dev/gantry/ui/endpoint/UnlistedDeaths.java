package dev.gantry.ui.endpoint;

import dev.gantry.adapter.api.ContainerInfo;
import dev.gantry.adapter.api.EngineEvent;
import dev.gantry.adapter.api.InventorySnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Containers whose "die" event came but which the engine may still list as running. dockerd sends
 * "die" before it records the container as stopped: on the demo's swarm, lists read up to 0.7 s
 * after the event still said "running, unhealthy" (until about the "stop" event), so a reload right
 * after a death brought the container back to life for an update or two, and its resolved
 * "Unhealthy container" alert fired again. A death is applied to every fetched snapshot until a
 * fetch lists the container as not running (or not at all), a "start" event for it arrives, or it
 * is older than {@link #PATIENCE}. Not thread-safe: the UI thread owns it.
 */
final class UnlistedDeaths {

    /** Far longer than the engine's lag; only a guard against a death never confirmed. */
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private record Death(EngineEvent event, Instant seen) {
    }

    private final Map<String, Death> deaths = new LinkedHashMap<>();

    /** Notes the deaths among these events, and forgets those a later start undoes. */
    void record(List<EngineEvent> events, Instant now) {
        for (EngineEvent e : events) {
            if (!"container".equals(e.type()) || e.actorId() == null) {
                continue;
            }
            if ("die".equals(e.action())) {
                deaths.put(e.actorId(), new Death(e, now));
            } else if ("start".equals(e.action())) {
                deaths.remove(e.actorId());
            }
        }
    }

    /**
     * The fetched snapshot with the deaths it does not show yet applied; forgets the deaths it shows
     * (and those past their patience).
     */
    InventorySnapshot apply(InventorySnapshot fetched, Instant now) {
        List<EngineEvent> unlisted = new ArrayList<>();
        deaths.entrySet().removeIf(entry -> {
            Optional<ContainerInfo> listed = fetched.containers().stream()
                    .filter(c -> c.id().equals(entry.getKey())).findFirst();
            boolean shown = listed.isEmpty() || !"running".equals(listed.get().state());
            if (shown || entry.getValue().seen().plus(PATIENCE).isBefore(now)) {
                return true;
            }
            unlisted.add(entry.getValue().event());
            return false;
        });
        return unlisted.isEmpty() ? fetched : EventPatch.apply(fetched, unlisted);
    }

    /** After a reconnect or a resync: the engine's list is the truth again. */
    void clear() {
        deaths.clear();
    }

    int size() {
        return deaths.size();
    }
}
