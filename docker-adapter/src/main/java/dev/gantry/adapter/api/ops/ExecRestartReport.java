package dev.gantry.adapter.api.ops;

import java.util.List;

/**
 * What an exec-restart did, container by container. A failure stops the sequence: the containers
 * after it are listed in {@code notAttempted}.
 */
public record ExecRestartReport(ExecRestartRequest request, List<ExecResult> results, List<String> notAttempted) {

    public ExecRestartReport {
        results = List.copyOf(results);
        notAttempted = List.copyOf(notAttempted);
    }

    public boolean succeeded() {
        return !results.isEmpty() && results.stream().allMatch(ExecResult::succeeded) && notAttempted.isEmpty();
    }
}
