package dev.gantry.adapter.api.deploy;

/** What a deploy does to one object of a stack. */
public enum ChangeKind {
    ADDED, REMOVED, CHANGED, UNCHANGED
}
