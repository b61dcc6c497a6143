package dev.gantry.ui.detail;

import dev.gantry.adapter.api.ComposeProject;
import dev.gantry.adapter.api.ContainerInfo;
import dev.gantry.adapter.api.InventorySnapshot;
import dev.gantry.adapter.api.PublishedPort;
import dev.gantry.adapter.api.ServiceInfo;
import dev.gantry.adapter.api.StackInfo;
import dev.gantry.adapter.api.TaskInfo;
import dev.gantry.ui.inventory.Badge;
import dev.gantry.ui.inventory.Badges;
import dev.gantry.ui.inventory.InventoryTreeBuilder;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Finds the selected thing in a snapshot and lays out its key facts. Pure. */
public final class DetailBuilder {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private DetailBuilder() {
    }

    public static Detail of(InventorySnapshot s, String id) {
        if (s == null || id == null) {
            return Detail.NONE;
        }
        for (ServiceInfo svc : s.services()) {
            if (svc.id().equals(id)) {
                return service(svc, s);
            }
        }
        for (TaskInfo t : s.tasks()) {
            if (t.id().equals(id)) {
                return task(t, s);
            }
        }
        for (ContainerInfo c : s.containers()) {
            if (c.id().equals(id)) {
                return container(c);
            }
        }
        for (StackInfo st : s.stacks()) {
            if (("stack:" + st.name()).equals(id)) {
                return stack(st, s);
            }
        }
        for (ComposeProject p : s.composeProjects()) {
            if (("project:" + p.name()).equals(id)) {
                return project(p);
            }
        }
        return Detail.NONE;
    }

    /** What to ask the engine for: the inspect kind and id, and the container whose env and mounts to show. */
    public record Lookup(dev.gantry.adapter.api.InspectKind kind, String id, String containerId) {
    }

    public static Lookup lookup(InventorySnapshot s, String id) {
        if (s == null || id == null) {
            return null;
        }
        for (ServiceInfo svc : s.services()) {
            if (svc.id().equals(id)) {
                return new Lookup(dev.gantry.adapter.api.InspectKind.SERVICE, id, null);
            }
        }
        for (TaskInfo t : s.tasks()) {
            if (t.id().equals(id)) {
                boolean local = t.containerId() != null && s.containers().stream().anyMatch(c -> c.id().equals(t.containerId()));
                return new Lookup(dev.gantry.adapter.api.InspectKind.TASK, id, local ? t.containerId() : null);
            }
        }
        for (ContainerInfo c : s.containers()) {
            if (c.id().equals(id)) {
                return new Lookup(dev.gantry.adapter.api.InspectKind.CONTAINER, id, id);
            }
        }
        return null;
    }

    public static List<String> mounts(List<dev.gantry.adapter.api.MountInfo> mounts) {
        return mounts.stream().map(m -> m.type() + "  " + (m.name() != null && !m.name().isBlank() ? m.name() : m.source())
                + " → " + m.destination() + (m.readWrite() ? "" : " (read-only)")).toList();
    }

    static Detail service(ServiceInfo svc, InventorySnapshot s) {
        List<Fact> f = new ArrayList<>();
        f.add(new Fact("ID", svc.id()));
        f.add(new Fact("Image", svc.image()));
        f.add(new Fact("Mode", svc.mode()));
        f.add(new Fact("Replicas", svc.runningReplicas() + " running of " + svc.desiredReplicas() + " desired"));
        if (svc.stack() != null) {
            f.add(new Fact("Stack", svc.stack()));
        }
        if (svc.updateStatus() != null) {
            f.add(new Fact("Update", svc.updateStatus().state()
                    + (svc.updateStatus().message() == null ? "" : " — " + svc.updateStatus().message())));
        }
        f.add(new Fact("Created", time(svc.createdAt())));
        f.add(new Fact("Updated", time(svc.updatedAt())));
        f.add(new Fact("Version", String.valueOf(svc.version())));
        long tasks = s.tasks().stream().filter(t -> t.serviceId().equals(svc.id())).count();
        f.add(new Fact("Tasks known", String.valueOf(tasks)));
        Badge b = svc.runningReplicas() < svc.desiredReplicas() ? Badge.STARTING : Badge.RUNNING;
        return new Detail(svc.name(), "Service", b, null, f, svc.labels(), ports(svc.ports()), List.of(), List.of(), "");
    }

    static Detail task(TaskInfo t, InventorySnapshot s) {
        List<Fact> f = new ArrayList<>();
        f.add(new Fact("ID", t.id()));
        f.add(new Fact("Service", t.serviceName()));
        f.add(new Fact("Slot", t.slot() > 0 ? String.valueOf(t.slot()) : "global"));
        f.add(new Fact("Image", t.image()));
        f.add(new Fact("State", t.state() + " (desired " + t.desiredState() + ")"));
        if (t.message() != null && !t.message().isBlank()) {
            f.add(new Fact("Message", t.message()));
        }
        if (t.exitCode() != null) {
            f.add(new Fact("Exit code", String.valueOf(t.exitCode())));
        }
        f.add(new Fact("Node", t.nodeHostname() == null ? String.valueOf(t.nodeId()) : t.nodeHostname()));
        f.add(new Fact("Container", t.containerId() == null ? "—" : t.containerId()));
        f.add(new Fact("Created", time(t.createdAt())));
        f.add(new Fact("Updated", time(t.updatedAt())));
        Map<String, String> labels = Map.of();
        for (ContainerInfo c : s.containers()) {
            if (c.id().equals(t.containerId())) {
                labels = c.labels();
            }
        }
        Badge b = Badges.ofTask(t);
        return new Detail(t.serviceName() + "." + (t.slot() > 0 ? t.slot() : t.nodeId()), "Task", b,
                b.isProblem() ? t.error() : null, f, labels, List.of(), List.of(), List.of(), "");
    }

    static Detail container(ContainerInfo c) {
        List<Fact> f = new ArrayList<>();
        f.add(new Fact("ID", c.id()));
        f.add(new Fact("Image", c.image()));
        f.add(new Fact("Command", c.command()));
        f.add(new Fact("State", c.state()));
        f.add(new Fact("Status", c.status()));
        f.add(new Fact("Health", c.health().name().toLowerCase(java.util.Locale.ROOT)));
        if (c.composeProject() != null) {
            f.add(new Fact("Compose", c.composeProject() + " / " + c.composeService()));
        }
        f.add(new Fact("Created", time(c.createdAt())));
        Badge b = Badges.ofContainer(c);
        return new Detail(c.name(), "Container", b, b.isProblem() ? c.status() : null, f, c.labels(),
                ports(c.ports()), List.of(), List.of(), "");
    }

    static Detail stack(StackInfo st, InventorySnapshot s) {
        List<Fact> f = new ArrayList<>();
        f.add(new Fact("Services", String.valueOf(st.serviceIds().size())));
        f.add(new Fact("Networks", String.join(", ", st.networks())));
        f.add(new Fact("Secrets", String.join(", ", st.secrets())));
        f.add(new Fact("Configs", String.join(", ", st.configs())));
        long running = s.services().stream().filter(x -> st.serviceIds().contains(x.id())).mapToLong(ServiceInfo::runningReplicas).sum();
        long desired = s.services().stream().filter(x -> st.serviceIds().contains(x.id())).mapToLong(ServiceInfo::desiredReplicas).sum();
        f.add(new Fact("Replicas", running + " running of " + desired + " desired"));
        return new Detail(st.name(), "Stack", Badge.NONE, null, f, Map.of(), List.of(), List.of(), List.of(), "");
    }

    static Detail project(ComposeProject p) {
        List<Fact> f = new ArrayList<>();
        f.add(new Fact("Containers", String.valueOf(p.containers().size())));
        f.add(new Fact("Running", String.valueOf(p.containers().stream().filter(ContainerInfo::isRunning).count())));
        List<String> images = p.containers().stream().map(c -> InventoryTreeBuilder.shortImage(c.image())).distinct().toList();
        f.add(new Fact("Images", String.join(", ", images)));
        return new Detail(p.name(), "Compose project", Badge.NONE, null, f, Map.of(), List.of(), List.of(), List.of(), "");
    }

    private static List<String> ports(List<PublishedPort> ports) {
        return ports.stream().map(PublishedPort::toString).toList();
    }

    static String time(Instant t) {
        return t == null ? "—" : TIME.format(t);
    }
}
