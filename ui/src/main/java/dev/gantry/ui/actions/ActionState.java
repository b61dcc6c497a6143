package dev.gantry.ui.actions;

/** Whether an action can run on the current selection; {@code reason} says why not (or null). */
public record ActionState(ItemAction action, boolean enabled, String reason) {
}
