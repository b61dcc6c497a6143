package dev.gantry.ui.inventory;

/** What a row of the inventory tree stands for. */
public enum RowKind {
    GROUP, STACK, SERVICE, TASK, PROJECT, CONTAINER
}
