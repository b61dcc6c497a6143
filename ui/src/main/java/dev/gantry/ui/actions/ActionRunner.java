package dev.gantry.ui.actions;

import dev.gantry.adapter.api.EngineSession;
import dev.gantry.adapter.api.InventorySnapshot;
import dev.gantry.adapter.api.NodeInfo;
import dev.gantry.adapter.api.ServiceInfo;
import dev.gantry.adapter.api.ops.AvailabilityCheck;
import dev.gantry.adapter.api.ops.NodeAvailability;
import dev.gantry.adapter.api.ops.Operations;
import dev.gantry.adapter.api.ops.StackChange;
import dev.gantry.adapter.api.ops.StackRemovalReport;
import dev.gantry.adapter.api.ops.StackRollbackReport;
import dev.gantry.adapter.ops.ExecAuditLog;
import dev.gantry.adapter.ops.ExecChoiceStore;
import dev.gantry.ui.concurrent.BackgroundExecutor;
import dev.gantry.ui.operations.ExecRestartView;
import dev.gantry.ui.operations.ExecRestartViewModel;
import dev.gantry.ui.operations.PruneView;
import dev.gantry.ui.operations.PruneViewModel;
import dev.gantry.ui.operations.RollingUpdateView;
import dev.gantry.ui.operations.RollingUpdateViewModel;
import dev.gantry.ui.operations.ScaleView;
import dev.gantry.ui.operations.ScaleViewModel;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * Runs the operations of issue 4 on a selection: opens their views as modal windows, asks before
 * destructive ones (naming what goes), runs engine calls through the {@link BackgroundExecutor}
 * and shows failures as a sentence with details on demand.
 */
public final class ActionRunner {

    /** Where exec-restart remembers choices and appends its audit log. */
    public record ExecStores(ExecAuditLog audit, ExecChoiceStore choices) {
    }

    private final Supplier<Window> owner;
    private final Supplier<EngineSession> session;
    private final Supplier<InventorySnapshot> snapshot;
    private final BackgroundExecutor executor;
    private final ExecStores stores;

    public ActionRunner(Supplier<Window> owner, Supplier<EngineSession> session, Supplier<InventorySnapshot> snapshot,
                        BackgroundExecutor executor, ExecStores stores) {
        this.owner = owner;
        this.session = session;
        this.snapshot = snapshot;
        this.executor = executor;
        this.stores = stores;
    }

    private Consumer<String> openStackCompose = s -> { };
    private Runnable openEditor = () -> { };

    /** What "Open compose file from history" (a stack name) and the editor button do: the main window's editor. */
    public void setEditorHooks(Consumer<String> openStackCompose, Runnable openEditor) {
        this.openStackCompose = openStackCompose;
        this.openEditor = openEditor;
    }

    public void openEditor() {
        openEditor.run();
    }

    /** Runs the action on the selection if it is enabled there. */
    public void run(ItemAction action, Selection sel) {
        if (sel == null || !sel.state(action).enabled()) {
            return;
        }
        if (action == ItemAction.OPEN_STACK_COMPOSE) {
            openStackCompose.accept(sel.stack().name());
            return;
        }
        Operations ops = operations();
        if (ops == null) {
            return;
        }
        String name = sel.displayName();
        switch (action) {
            case SCALE -> {
                ScaleViewModel vm = new ScaleViewModel(ops.services(), executor, sel.service());
                Dialogs.open(owner.get(), "Scale " + name, new ScaleView(vm), null);
            }
            case UPDATE -> {
                RollingUpdateViewModel vm = new RollingUpdateViewModel(ops.services(), executor, sel.service());
                Dialogs.open(owner.get(), "Update " + name, new RollingUpdateView(vm), vm::stopWatching);
            }
            case ROLLBACK -> background("Rolling back " + name, () -> {
                ops.services().rollback(sel.service().name());
                return null;
            }, r -> { });
            case FORCE_REDEPLOY -> {
                if (Dialogs.confirm(owner.get(), "Force re-deploy " + name,
                        "Re-deploy every task of the service " + name + "? Each task is replaced by a new one "
                                + "with the same spec.", "Re-deploy")) {
                    background("Force re-deploy of " + name, () -> {
                        ops.services().forceRedeploy(sel.service().name());
                        return null;
                    }, r -> { });
                }
            }
            case EXEC_RESTART -> execRestart(ops, sel);
            case REMOVE_SERVICE -> {
                ServiceInfo s = sel.service();
                if (Dialogs.confirm(owner.get(), "Remove service " + name,
                        "Remove the service " + name + (s.stack() == null ? "" : " of the stack " + s.stack())
                                + "? Its " + s.runningReplicas() + " running task(s) stop and its containers are removed.",
                        "Remove")) {
                    background("Removing the service " + name, () -> {
                        ops.services().remove(s.name());
                        return null;
                    }, r -> { });
                }
            }
            case START -> background("Starting " + name, () -> {
                ops.containers().start(sel.containerId());
                return null;
            }, r -> { });
            case RESTART -> background("Restarting " + name, () -> {
                ops.containers().restart(sel.containerId(), null);
                return null;
            }, r -> { });
            case STOP -> background("Reading the grace period of " + name,
                    () -> ops.containers().stopGracePeriod(sel.containerId()), grace -> {
                        if (Dialogs.confirm(owner.get(), "Stop " + name, "Stop the container " + name
                                + "? It gets SIGTERM (or its stop signal), then SIGKILL after its grace period of "
                                + grace.toSeconds() + " s.", "Stop")) {
                            background("Stopping " + name, () -> {
                                ops.containers().stop(sel.containerId(), null);
                                return null;
                            }, r -> { });
                        }
                    });
            case KILL -> {
                if (Dialogs.confirm(owner.get(), "Kill " + name, "Kill the container " + name
                        + " with SIGKILL? It gets no chance to shut down cleanly.", "Kill")) {
                    background("Killing " + name, () -> {
                        ops.containers().kill(sel.containerId(), null);
                        return null;
                    }, r -> { });
                }
            }
            case REMOVE_CONTAINER -> {
                Boolean force = Dialogs.confirm(owner.get(), "Remove container " + name, "Remove the container " + name
                        + "? Its writable layer and anonymous state go with it."
                        + (sel.task() != null ? " The swarm may start a replacement task." : ""),
                        "Remove", "Force: kill it first if it is running");
                if (force != null) {
                    background("Removing " + name, () -> {
                        ops.containers().remove(sel.containerId(), force);
                        return null;
                    }, r -> { });
                }
            }
            case ROLLBACK_STACK -> background("Reading the last change of " + name,
                    () -> ops.stacks().lastChange(sel.stack().name()), change -> rollbackStack(ops, name, change));
            case REMOVE_STACK -> removeStack(ops, sel);
            default -> { }
        }
    }

    /** Opens the prune preview for the selected endpoint. */
    public void prune() {
        Operations ops = operations();
        if (ops != null) {
            PruneViewModel vm = new PruneViewModel(ops.prune(), executor);
            Dialogs.open(owner.get(), "Prune unused resources", new PruneView(vm), null);
        }
    }

    /** Sets a node's availability, with the drain/pause warning first when it applies. */
    public void nodeAvailability(NodeInfo node, NodeAvailability target) {
        Operations ops = operations();
        if (ops == null || node == null) {
            return;
        }
        background("Checking " + node.hostname(), () -> ops.nodes().check(node.id(), target), (AvailabilityCheck check) -> {
            String text = "Set the availability of " + node.hostname() + " to " + target.engineName() + "?"
                    + (check.warning() == null ? "" : "\n\n" + check.warning());
            if (target == NodeAvailability.ACTIVE && !check.needsConfirmation()
                    || Dialogs.confirm(owner.get(), "Node " + node.hostname(), text, capitalised(target.engineName()))) {
                background("Setting " + node.hostname() + " to " + target.engineName(), () -> {
                    ops.nodes().setAvailability(node.id(), target);
                    return null;
                }, r -> { });
            }
        });
    }

    private void execRestart(Operations ops, Selection sel) {
        ExecRestartViewModel.Target target;
        if (sel.service() != null && sel.task() == null) {
            target = new ExecRestartViewModel.Target(sel.service().name(), true, sel.service().name(), sel.service().image());
        } else {
            String image = sel.container() != null ? sel.container().image() : sel.task().image();
            String serviceName = sel.service() != null ? sel.service().name()
                    : sel.container() != null ? sel.container().labels().get("com.docker.compose.service") : null;
            target = new ExecRestartViewModel.Target(sel.containerId(), false, serviceName, image);
        }
        ExecRestartViewModel vm = new ExecRestartViewModel(ops.execRestart(), ops.services(), executor,
                stores.audit(), stores.choices(), target);
        vm.loadRememberedChoice();
        Dialogs.open(owner.get(), "Exec-restart " + sel.displayName(), new ExecRestartView(vm), null);
    }

    private void rollbackStack(Operations ops, String name, StackChange change) {
        List<String> services = change.serviceNames();
        if (services.isEmpty()) {
            Dialogs.info(owner.get(), "Roll back " + name, "Gantry has no deploy or update of " + name
                    + " on record, so there is nothing to roll back.");
            return;
        }
        if (Dialogs.confirm(owner.get(), "Roll back stack " + name, "Roll back these services of " + name
                + " to their previous spec?\n\n  " + String.join("\n  ", services), "Roll back")) {
            background("Rolling back the stack " + name, () -> ops.stacks().rollback(name), (StackRollbackReport r) ->
                    Dialogs.info(owner.get(), "Stack " + name + " rolled back", "Rolled back: "
                            + (r.rolledBack().isEmpty() ? "none" : String.join(", ", r.rolledBack()))
                            + (r.failed().isEmpty() ? "" : "\nFailed: " + String.join("; ", r.failed()))));
        }
    }

    private void removeStack(Operations ops, Selection sel) {
        var stack = sel.stack();
        InventorySnapshot snap = snapshot.get();
        List<String> services = snap == null ? stack.serviceIds() : snap.services().stream()
                .filter(s -> stack.serviceIds().contains(s.id())).map(ServiceInfo::name).toList();
        String text = "Remove the stack " + stack.name() + "? These go:\n\n"
                + StackContents.describe(services, stack.networks(), stack.secrets(), stack.configs());
        if (Dialogs.confirm(owner.get(), "Remove stack " + stack.name(), text, "Remove stack")) {
            background("Removing the stack " + stack.name(), () -> ops.stacks().remove(stack.name()),
                    (StackRemovalReport r) -> {
                        if (!r.complete()) {
                            Dialogs.info(owner.get(), "Stack " + stack.name() + " partly removed", "Removed: "
                                    + String.join(", ", r.removed()) + "\nFailed: " + String.join("; ", r.failed()));
                        }
                    });
        }
    }

    private Operations operations() {
        EngineSession s = session.get();
        if (s == null) {
            Dialogs.error(owner.get(), "The action", new IllegalStateException(
                    "The selected endpoint is not connected; wait until it is, then try again."));
            return null;
        }
        return s.operations();
    }

    private <T> void background(String what, Callable<T> work, Consumer<T> onSuccess) {
        executor.submit(work, onSuccess, e -> Dialogs.error(owner.get(), what, e));
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
