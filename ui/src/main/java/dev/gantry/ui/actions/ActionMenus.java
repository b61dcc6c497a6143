package dev.gantry.ui.actions;

import dev.gantry.adapter.api.NodeInfo;
import dev.gantry.adapter.api.ops.NodeAvailability;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The toolbar above the inventory and the context menus of its rows and of the nodes table, all
 * built from the current {@link Selection}'s {@link ActionState}s. A disabled action shows why.
 */
public final class ActionMenus {

    private final ActionRunner runner;
    private final Supplier<Selection> selection;
    private final ToolBar toolbar = new ToolBar();
    private final Label reason = new Label();
    private boolean built;
    private List<ActionState> shown;
    private List<javafx.scene.Node> fixed;

    public ActionMenus(ActionRunner runner, Supplier<Selection> selection) {
        this.runner = runner;
        this.selection = selection;
        toolbar.setId("actions-toolbar");
        reason.setId("actions-reason");
        reason.getStyleClass().add("text-muted");
        refresh();
    }

    /** Runs the action on the current selection when it offers it enabled (keyboard shortcuts). */
    public void run(ItemAction action) {
        runner.run(action, selection.get());
    }

    /** Opens the prune preview (Ctrl+Shift+P). */
    public void prune() {
        runner.prune();
    }

    public ToolBar toolbar() {
        return toolbar;
    }

    /** The toolbar with, under it, why the disabled actions are disabled. */
    public javafx.scene.layout.VBox bar() {
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(toolbar, reason);
        reason.setPadding(new javafx.geometry.Insets(2, 10, 4, 10));
        reason.setWrapText(true);
        reason.managedProperty().bind(reason.textProperty().isNotEmpty());
        reason.visibleProperty().bind(reason.managedProperty());
        return box;
    }

    /**
     * Shows the current selection's actions. The buttons are made again only when the actions or
     * their states changed: this runs on every inventory update, and new buttons (each with its
     * tooltip) cost a CSS pass, a layout and a repaint of the bar while the window sits idle.
     */
    public void refresh() {
        Selection sel = selection.get();
        List<ActionState> states = sel == null ? null : sel.actions();
        if (built && java.util.Objects.equals(states, shown)) {
            return;
        }
        built = true;
        shown = states;
        List<javafx.scene.Node> items = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        if (states == null) {
            Label hint = new Label("Select a stack, service, task or container for its actions.");
            hint.getStyleClass().add("text-muted");
            items.add(hint);
        } else {
            for (ActionState s : states) {
                Button b = new Button(s.action().label().replace("…", ""), new FontIcon(icon(s.action())));
                b.setId("tool-" + s.action().name());
                b.setDisable(!s.enabled());
                b.setTooltip(new Tooltip(s.action().label() + (s.action().shortcut() == null ? "" : "  (" + s.action().shortcut() + ")")));
                b.setOnAction(e -> runner.run(s.action(), selection.get()));
                items.add(b);
                if (!s.enabled() && s.reason() != null && !reasons.contains(s.reason())) {
                    reasons.add(s.reason());
                }
            }
        }
        reason.setText(String.join(" ", reasons));
        items.addAll(fixedItems());
        toolbar.getItems().setAll(items);
    }

    /** The editor and prune buttons, the same whatever is selected. */
    private List<javafx.scene.Node> fixedItems() {
        if (fixed == null) {
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            Button editor = new Button("Compose editor", new FontIcon(Feather.EDIT));
            editor.setId("tool-editor");
            editor.setTooltip(new Tooltip("New or open a compose file, validate and deploy it  (Ctrl+O opens a file)"));
            editor.setOnAction(e -> runner.openEditor());
            Button prune = new Button("Prune…", new FontIcon(Feather.TRASH));
            prune.setId("tool-prune");
            prune.setTooltip(new Tooltip("Preview and remove unused containers, images, networks, volumes, build cache  (Ctrl+Shift+P)"));
            prune.setOnAction(e -> runner.prune());
            fixed = List.of(editor, gap, prune);
        }
        return fixed;
    }

    /** The rows' context menu: its items are rebuilt for the selection each time it opens. */
    public ContextMenu contextMenu() {
        ContextMenu menu = new ContextMenu();
        menu.setId("row-menu");
        menu.setOnShowing(e -> fill(menu));
        fill(menu);
        return menu;
    }

    private void fill(ContextMenu menu) {
        menu.getItems().clear();
        Selection sel = selection.get();
        if (sel == null) {
            MenuItem none = new MenuItem("Select a row first");
            none.setDisable(true);
            menu.getItems().add(none);
            return;
        }
        for (ActionState s : sel.actions()) {
            if (s.action() == ItemAction.REMOVE_SERVICE || s.action() == ItemAction.REMOVE_CONTAINER
                    || s.action() == ItemAction.REMOVE_STACK) {
                menu.getItems().add(new SeparatorMenuItem());
            }
            String keys = s.action().shortcut() == null ? "" : "   (" + s.action().shortcut() + ")";
            MenuItem item = new MenuItem(s.action().label() + keys, new FontIcon(icon(s.action())));
            item.setId("action-" + s.action().name());
            item.setDisable(!s.enabled());
            item.setOnAction(e -> runner.run(s.action(), selection.get()));
            menu.getItems().add(item);
            if (!s.enabled() && s.reason() != null) {
                MenuItem why = new MenuItem("    " + s.reason());
                why.setId("reason-" + s.action().name());
                why.setDisable(true);
                why.getStyleClass().add("action-reason");
                menu.getItems().add(why);
            }
        }
        if (sel.actions().isEmpty()) {
            MenuItem none = new MenuItem("No actions for this row");
            none.setDisable(true);
            menu.getItems().add(none);
        }
    }

    /** The nodes table's menu: availability active, pause or drain. */
    public ContextMenu nodeMenu(Supplier<NodeInfo> node) {
        ContextMenu menu = new ContextMenu();
        menu.setId("node-menu");
        for (NodeAvailability a : NodeAvailability.values()) {
            MenuItem item = new MenuItem(switch (a) {
                case ACTIVE -> "Set active";
                case PAUSE -> "Pause (no new tasks)";
                case DRAIN -> "Drain (move tasks away)…";
            });
            item.setId("node-" + a.engineName());
            item.setOnAction(e -> runner.nodeAvailability(node.get(), a));
            menu.getItems().add(item);
        }
        menu.setOnShowing(e -> {
            NodeInfo n = node.get();
            for (MenuItem i : menu.getItems()) {
                i.setDisable(n == null || i.getId().equals("node-" + n.availability()));
            }
        });
        return menu;
    }

    static Feather icon(ItemAction a) {
        return switch (a) {
            case SCALE -> Feather.MAXIMIZE_2;
            case UPDATE -> Feather.UPLOAD_CLOUD;
            case ROLLBACK, ROLLBACK_STACK -> Feather.ROTATE_CCW;
            case OPEN_STACK_COMPOSE -> Feather.EDIT;
            case FORCE_REDEPLOY -> Feather.REPEAT;
            case EXEC_RESTART -> Feather.TERMINAL;
            case START -> Feather.PLAY;
            case STOP -> Feather.SQUARE;
            case RESTART -> Feather.REFRESH_CW;
            case KILL -> Feather.ZAP;
            case REMOVE_SERVICE, REMOVE_CONTAINER, REMOVE_STACK -> Feather.TRASH_2;
        };
    }
}
