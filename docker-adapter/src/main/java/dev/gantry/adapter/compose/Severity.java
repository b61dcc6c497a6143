package dev.gantry.adapter.compose;

/** How bad a {@link Diagnostic} is. */
public enum Severity {
    ERROR, WARNING;

    public String label() {
        return this == ERROR ? "error" : "warning";
    }
}
