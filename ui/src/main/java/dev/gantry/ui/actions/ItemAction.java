package dev.gantry.ui.actions;

import dev.gantry.ui.inventory.RowKind;
import java.util.List;

/** An operation offered on the selected inventory row, with its menu text and shortcut (as shown). */
public enum ItemAction {
    SCALE("Scale…", "Ctrl+Shift+S"),
    UPDATE("Update (rolling)…", "Ctrl+U"),
    ROLLBACK("Roll back", null),
    FORCE_REDEPLOY("Force re-deploy", null),
    EXEC_RESTART("Exec-restart…", "Ctrl+E"),
    REMOVE_SERVICE("Remove service…", "Delete"),
    START("Start", null),
    STOP("Stop…", null),
    RESTART("Restart", "Ctrl+R"),
    KILL("Kill…", null),
    REMOVE_CONTAINER("Remove container…", "Delete"),
    ROLLBACK_STACK("Roll back stack…", null),
    OPEN_STACK_COMPOSE("Open compose file from history", null),
    REMOVE_STACK("Remove stack…", "Delete");

    private final String label;
    private final String shortcut;

    ItemAction(String label, String shortcut) {
        this.label = label;
        this.shortcut = shortcut;
    }

    public String label() {
        return label;
    }

    /** The shortcut as the menu shows it, or null. */
    public String shortcut() {
        return shortcut;
    }

    /** The actions a row of this kind offers, in menu order. */
    public static List<ItemAction> forKind(RowKind kind) {
        if (kind == null) {
            return List.of();
        }
        return switch (kind) {
            case SERVICE -> List.of(SCALE, UPDATE, ROLLBACK, FORCE_REDEPLOY, EXEC_RESTART, REMOVE_SERVICE);
            case TASK, CONTAINER -> List.of(EXEC_RESTART, START, STOP, RESTART, KILL, REMOVE_CONTAINER);
            case STACK -> List.of(OPEN_STACK_COMPOSE, ROLLBACK_STACK, REMOVE_STACK);
            default -> List.of();
        };
    }
}
