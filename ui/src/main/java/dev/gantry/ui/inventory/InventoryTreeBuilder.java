package dev.gantry.ui.inventory;

import dev.gantry.adapter.api.ComposeProject;
import dev.gantry.adapter.api.ContainerInfo;
import dev.gantry.adapter.api.InventorySnapshot;
import dev.gantry.adapter.api.PublishedPort;
import dev.gantry.adapter.api.ServiceInfo;
import dev.gantry.adapter.api.StackInfo;
import dev.gantry.adapter.api.TaskInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Groups a snapshot into the rows of the inventory tree: Stacks → services → tasks, services
 * outside stacks, Compose projects → containers, and standalone containers. Pure; no JavaFX.
 */
public final class InventoryTreeBuilder {

    public static final String STACKS = "group:stacks";
    public static final String SERVICES = "group:services";
    public static final String PROJECTS = "group:projects";
    public static final String CONTAINERS = "group:containers";

    /** Older failed tasks kept per slot, so a crash loop shows why it fails. */
    private static final int FAILED_HISTORY_PER_SLOT = 2;

    private InventoryTreeBuilder() {
    }

    public static List<TreeNode> build(InventorySnapshot snapshot) {
        Map<String, List<TaskInfo>> tasksByService = snapshot.tasks().stream()
                .collect(Collectors.groupingBy(TaskInfo::serviceId, LinkedHashMap::new, Collectors.toList()));
        Map<String, ServiceInfo> servicesById = new LinkedHashMap<>();
        snapshot.services().forEach(s -> servicesById.put(s.id(), s));

        List<TreeNode> roots = new ArrayList<>();
        List<TreeNode> stacks = new ArrayList<>();
        List<String> inStacks = new ArrayList<>();
        for (StackInfo stack : sorted(snapshot.stacks(), Comparator.comparing(StackInfo::name))) {
            List<ServiceInfo> services = stack.serviceIds().stream().map(servicesById::get)
                    .filter(s -> s != null).sorted(Comparator.comparing(ServiceInfo::name)).toList();
            inStacks.addAll(stack.serviceIds());
            List<TreeNode> children = services.stream()
                    .map(s -> serviceNode(s, tasksByService.getOrDefault(s.id(), List.of()))).toList();
            stacks.add(new TreeNode(aggregate("stack:" + stack.name(), RowKind.STACK, stack.name(), children), children));
        }
        if (!stacks.isEmpty()) {
            roots.add(group(STACKS, "Stacks", stacks));
        }
        List<TreeNode> loose = snapshot.services().stream().filter(s -> !inStacks.contains(s.id()))
                .sorted(Comparator.comparing(ServiceInfo::name))
                .map(s -> serviceNode(s, tasksByService.getOrDefault(s.id(), List.of()))).toList();
        if (!loose.isEmpty()) {
            roots.add(group(SERVICES, "Services", loose));
        }
        List<TreeNode> projects = new ArrayList<>();
        for (ComposeProject p : sorted(snapshot.composeProjects(), Comparator.comparing(ComposeProject::name))) {
            List<TreeNode> children = sorted(p.containers(), Comparator.comparing(ContainerInfo::name)).stream()
                    .map(c -> TreeNode.leaf(containerRow(c))).toList();
            long running = p.containers().stream().filter(ContainerInfo::isRunning).count();
            InventoryRow agg = aggregate("project:" + p.name(), RowKind.PROJECT, p.name(), children);
            projects.add(new TreeNode(withReplicas(agg, running, p.containers().size()), children));
        }
        if (!projects.isEmpty()) {
            roots.add(group(PROJECTS, "Compose projects", projects));
        }
        List<TreeNode> standalone = sorted(snapshot.standaloneContainers(), Comparator.comparing(ContainerInfo::name))
                .stream().map(c -> TreeNode.leaf(containerRow(c))).toList();
        if (!standalone.isEmpty()) {
            roots.add(group(CONTAINERS, "Containers", standalone));
        }
        return roots;
    }

    static TreeNode serviceNode(ServiceInfo s, List<TaskInfo> tasks) {
        List<TaskInfo> shown = visibleTasks(tasks);
        List<TreeNode> children = shown.stream().map(t -> TreeNode.leaf(taskRow(s, t))).toList();
        Badge badge = serviceBadge(s, children);
        InventoryRow row = new InventoryRow(s.id(), RowKind.SERVICE, s.name(), shortImage(s.image()),
                s.runningReplicas(), s.desiredReplicas(), badge, ports(s.ports()), "", s.createdAt(), null);
        return new TreeNode(row, children);
    }

    /** The current task of each slot, plus its latest failed predecessors; newest first per slot. */
    static List<TaskInfo> visibleTasks(List<TaskInfo> tasks) {
        Map<String, List<TaskInfo>> bySlot = tasks.stream()
                .collect(Collectors.groupingBy(InventoryTreeBuilder::slotKey, LinkedHashMap::new, Collectors.toList()));
        List<TaskInfo> out = new ArrayList<>();
        bySlot.entrySet().stream().sorted(Map.Entry.comparingByKey(InventoryTreeBuilder::compareSlots)).forEach(e -> {
            List<TaskInfo> slot = new ArrayList<>(e.getValue());
            slot.sort(Comparator.comparing(InventoryTreeBuilder::when).reversed());
            out.add(slot.get(0));
            slot.stream().skip(1).filter(t -> Badges.ofTask(t).isProblem())
                    .limit(FAILED_HISTORY_PER_SLOT).forEach(out::add);
        });
        return out;
    }

    static Badge serviceBadge(ServiceInfo s, List<TreeNode> tasks) {
        Badge worstRunning = Badge.NONE;
        boolean failing = false;
        boolean healthy = false;
        for (TreeNode t : tasks) {
            Badge b = t.row().badge();
            failing |= b == Badge.FAILED || b == Badge.REJECTED;
            healthy |= b == Badge.HEALTHY;
            if (b == Badge.UNHEALTHY) {
                worstRunning = Badge.UNHEALTHY;
            }
        }
        if (s.desiredReplicas() == 0) {
            return Badge.SHUTDOWN;
        }
        if (s.runningReplicas() < s.desiredReplicas()) {
            return failing ? Badge.FAILED : Badge.STARTING;
        }
        if (worstRunning == Badge.UNHEALTHY) {
            return Badge.UNHEALTHY;
        }
        return healthy ? Badge.HEALTHY : Badge.RUNNING;
    }

    static InventoryRow taskRow(ServiceInfo s, TaskInfo t) {
        String name = s.name() + "." + (t.slot() > 0 ? String.valueOf(t.slot()) : shortId(t.nodeId()));
        Badge badge = Badges.ofTask(t);
        // A pending task's error says why it cannot start (no suitable node, port in use, ...).
        String error = badge == Badge.FAILED || badge == Badge.REJECTED
                ? firstNonBlank(t.error(), t.message(), t.exitCode() == null ? null : "exit code " + t.exitCode())
                : firstNonBlank(t.error());
        return new InventoryRow(t.id(), RowKind.TASK, name, shortImage(t.image()), -1, -1, badge, "",
                t.nodeHostname() == null ? shortId(t.nodeId()) : t.nodeHostname(), t.createdAt(), error);
    }

    static InventoryRow containerRow(ContainerInfo c) {
        Badge badge = Badges.ofContainer(c);
        String error = badge.isProblem() ? c.status() : null;
        return new InventoryRow(c.id(), RowKind.CONTAINER, c.name(), shortImage(c.image()), -1, -1, badge,
                ports(c.ports()), "", c.createdAt(), error);
    }

    private static TreeNode group(String id, String name, List<TreeNode> children) {
        InventoryRow row = new InventoryRow(id, RowKind.GROUP, name, "", -1, -1,
                Badge.NONE, "", "", null, null);
        return new TreeNode(row, children);
    }

    private static InventoryRow aggregate(String id, RowKind kind, String name, List<TreeNode> children) {
        long running = 0;
        long desired = 0;
        Badge badge = Badge.NONE;
        Instant oldest = null;
        for (TreeNode c : children) {
            InventoryRow r = c.row();
            if (r.hasReplicas()) {
                running += r.running();
                desired += r.desired();
            }
            badge = Badge.worst(badge, r.badge());
            if (r.created() != null && (oldest == null || r.created().isBefore(oldest))) {
                oldest = r.created();
            }
        }
        boolean counts = children.stream().anyMatch(c -> c.row().hasReplicas());
        return new InventoryRow(id, kind, name, "", counts ? running : -1, counts ? desired : -1, badge, "", "", oldest, null);
    }

    private static InventoryRow withReplicas(InventoryRow r, long running, long desired) {
        return new InventoryRow(r.id(), r.kind(), r.name(), r.image(), running, desired, r.badge(), r.ports(),
                r.node(), r.created(), r.error());
    }

    /** Drops the digest, keeps the tag: "nginx:1.25@sha256:…" → "nginx:1.25". */
    public static String shortImage(String image) {
        if (image == null) {
            return "";
        }
        int at = image.indexOf('@');
        return at >= 0 ? image.substring(0, at) : image;
    }

    static String ports(List<PublishedPort> ports) {
        return ports.stream().map(PublishedPort::toString).distinct().collect(Collectors.joining(", "));
    }

    private static String slotKey(TaskInfo t) {
        return t.slot() > 0 ? String.format("%06d", t.slot()) : "node:" + t.nodeId();
    }

    private static int compareSlots(String a, String b) {
        return a.compareTo(b);
    }

    private static Instant when(TaskInfo t) {
        Instant w = t.updatedAt() != null ? t.updatedAt() : t.createdAt();
        return w == null ? Instant.EPOCH : w;
    }

    private static String shortId(String id) {
        return id == null ? "" : id.length() > 12 ? id.substring(0, 12) : id;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static <T> List<T> sorted(List<T> list, Comparator<T> order) {
        List<T> copy = new ArrayList<>(list);
        copy.sort(order);
        return copy;
    }
}
