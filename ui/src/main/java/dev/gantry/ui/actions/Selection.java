package dev.gantry.ui.actions;

import dev.gantry.adapter.api.ContainerInfo;
import dev.gantry.adapter.api.InventorySnapshot;
import dev.gantry.adapter.api.ServiceInfo;
import dev.gantry.adapter.api.StackInfo;
import dev.gantry.adapter.api.TaskInfo;
import dev.gantry.ui.inventory.InventoryRow;
import dev.gantry.ui.inventory.RowKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The selected inventory row resolved to the engine objects behind it, and what can be done with
 * it. Pure logic: no JavaFX.
 *
 * @param service   the service (of a service row, or of a task row), or null
 * @param task      the task of a task row, or null
 * @param container the container of a container row (or the task's container), or null
 * @param stack     the stack of a stack row, or null
 */
public record Selection(InventoryRow row, ServiceInfo service, TaskInfo task, ContainerInfo container, StackInfo stack) {

    /** Resolves a row against the snapshot it came from; null when there is no row. */
    public static Selection of(InventoryRow row, InventorySnapshot snapshot) {
        if (row == null || snapshot == null) {
            return null;
        }
        ServiceInfo service = null;
        TaskInfo task = null;
        ContainerInfo container = null;
        StackInfo stack = null;
        switch (row.kind()) {
            case SERVICE -> service = snapshot.services().stream().filter(s -> s.id().equals(row.id())).findFirst().orElse(null);
            case TASK -> {
                task = snapshot.tasks().stream().filter(t -> t.id().equals(row.id())).findFirst().orElse(null);
                if (task != null) {
                    String sid = task.serviceId();
                    String cid = task.containerId();
                    service = snapshot.services().stream().filter(s -> s.id().equals(sid)).findFirst().orElse(null);
                    container = cid == null ? null
                            : snapshot.containers().stream().filter(c -> c.id().equals(cid)).findFirst().orElse(null);
                }
            }
            case CONTAINER -> container = snapshot.containers().stream().filter(c -> c.id().equals(row.id())).findFirst().orElse(null);
            case STACK -> stack = snapshot.stacks().stream().filter(s -> row.id().equals("stack:" + s.name())).findFirst().orElse(null);
            default -> { }
        }
        return new Selection(row, service, task, container, stack);
    }

    public RowKind kind() {
        return row.kind();
    }

    /** The container id to act on (a task's container), or null when the task has none yet. */
    public String containerId() {
        if (container != null) {
            return container.id();
        }
        return task == null ? null : task.containerId();
    }

    /** The name shown in confirmations. */
    public String displayName() {
        return row.name();
    }

    /** Every action this selection's kind offers, enabled or with the reason it is not. */
    public List<ActionState> actions() {
        List<ActionState> out = new ArrayList<>();
        for (ItemAction a : ItemAction.forKind(row.kind())) {
            out.add(state(a));
        }
        return out;
    }

    public ActionState state(ItemAction a) {
        String reason = disabledReason(a);
        return new ActionState(a, reason == null, reason);
    }

    private String disabledReason(ItemAction a) {
        switch (row.kind()) {
            case SERVICE -> {
                if (service == null) {
                    return "The service is gone.";
                }
                if (a == ItemAction.SCALE && service.isGlobal()) {
                    return service.name() + " is a global service: it runs one task on every eligible node, so it cannot be scaled.";
                }
                return null;
            }
            case TASK, CONTAINER -> {
                if (containerId() == null) {
                    return "This task has no container (yet).";
                }
                boolean running = container != null ? "running".equals(container.state())
                        : task != null && task.isRunning();
                if (a == ItemAction.START && running) {
                    return "The container is already running.";
                }
                if ((a == ItemAction.STOP || a == ItemAction.KILL) && !running) {
                    return "The container is not running.";
                }
                return null;
            }
            case STACK -> {
                return stack == null ? "The stack is gone." : null;
            }
            default -> {
                return "Nothing to do on this row.";
            }
        }
    }
}
