package dev.gantry.adapter.api.ops;

import java.util.List;

/** Which services of a stack a rollback started, and which it could not (with the reason). */
public record StackRollbackReport(String stack, List<String> rolledBack, List<String> failed) {

    public StackRollbackReport {
        rolledBack = List.copyOf(rolledBack);
        failed = List.copyOf(failed);
    }
}
