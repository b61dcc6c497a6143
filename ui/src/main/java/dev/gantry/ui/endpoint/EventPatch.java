package dev.gantry.ui.endpoint;

import dev.gantry.adapter.api.ContainerInfo;
import dev.gantry.adapter.api.EngineEvent;
import dev.gantry.adapter.api.Health;
import dev.gantry.adapter.api.InventorySnapshot;
import dev.gantry.adapter.api.ServiceInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What an event says outright, applied to the last snapshot at once: a service's new replica count
 * (the "replicas.new" attribute of a scale) and a container that died or started. The full reload
 * that follows is the authority; this only spares the user the reload's latency on a busy engine.
 * Pure.
 */
final class EventPatch {

    private EventPatch() {
    }

    /** True when {@link #apply} would change something for this event. */
    static boolean patches(EngineEvent e) {
        if ("service".equals(e.type()) && "update".equals(e.action())) {
            return e.attributes().containsKey("replicas.new");
        }
        return "container".equals(e.type()) && ("die".equals(e.action()) || "start".equals(e.action()));
    }

    static InventorySnapshot apply(InventorySnapshot s, List<EngineEvent> events) {
        InventorySnapshot out = s;
        for (EngineEvent e : events) {
            out = apply(out, e);
        }
        return out;
    }

    private static InventorySnapshot apply(InventorySnapshot s, EngineEvent e) {
        if ("service".equals(e.type())) {
            long desired;
            try {
                desired = Long.parseLong(e.attributes().getOrDefault("replicas.new", ""));
            } catch (NumberFormatException ex) {
                return s;
            }
            List<ServiceInfo> services = new ArrayList<>();
            for (ServiceInfo v : s.services()) {
                services.add(v.id().equals(e.actorId()) ? new ServiceInfo(v.id(), v.name(), v.stack(), v.image(), v.mode(),
                        desired, v.runningReplicas(), v.ports(), v.updateStatus(), v.labels(), v.createdAt(), v.updatedAt(),
                        v.version()) : v);
            }
            return new InventorySnapshot(s.takenAt(), s.engine(), s.stacks(), services, s.tasks(), s.composeProjects(),
                    s.standaloneContainers(), s.containers(), s.nodes());
        }
        if ("container".equals(e.type())) {
            UnaryOperator<ContainerInfo> f = c -> {
                if (!c.id().equals(e.actorId())) {
                    return c;
                }
                boolean died = "die".equals(e.action());
                String status = died ? "Exited (" + e.attributes().getOrDefault("exitCode", "0") + ") just now"
                        : "Up less than a second";
                return new ContainerInfo(c.id(), c.name(), c.image(), c.command(), died ? "exited" : "running", status,
                        died ? Health.NONE : c.health(), c.ports(), c.labels(), c.createdAt());
            };
            return new InventorySnapshot(s.takenAt(), s.engine(), s.stacks(), s.services(), s.tasks(),
                    s.composeProjects().stream().map(p -> new dev.gantry.adapter.api.ComposeProject(p.name(),
                            p.containers().stream().map(f).toList())).toList(),
                    s.standaloneContainers().stream().map(f).toList(), s.containers().stream().map(f).toList(), s.nodes());
        }
        return s;
    }
}
