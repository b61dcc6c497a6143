package dev.gantry.adapter.api.deploy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one deploy.
 *
 * @param stack          the stack name
 * @param applied        the steps done, in order (on failure: those done before it)
 * @param failure        empty on success
 * @param undone         on failure, the steps taken to restore the previous stack
 * @param rollbackIssues on failure, what could not be restored (empty when the previous stack is intact)
 */
public record DeployResult(String stack, List<String> applied, Optional<DeployFailure> failure,
                           List<String> undone, List<String> rollbackIssues) {

    public DeployResult {
        Objects.requireNonNull(stack, "stack");
        applied = List.copyOf(applied);
        Objects.requireNonNull(failure, "failure");
        undone = List.copyOf(undone);
        rollbackIssues = List.copyOf(rollbackIssues);
    }

    public boolean succeeded() {
        return failure.isEmpty();
    }
}
