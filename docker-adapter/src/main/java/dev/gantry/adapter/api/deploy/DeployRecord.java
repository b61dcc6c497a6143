package dev.gantry.adapter.api.deploy;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of a stack's deploy history.
 *
 * @param id       unique within the stack, sortable by time
 * @param stack    the stack name
 * @param time     when the deploy ran
 * @param files    the compose files' content by file name, so the stack can be redeployed as it was
 * @param diff     what the deploy changed (or would have)
 * @param result   what happened
 */
public record DeployRecord(String id, String stack, Instant time, Map<String, String> files, StackDiff diff,
                           DeployResult result) {

    public DeployRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(stack, "stack");
        Objects.requireNonNull(time, "time");
        files = Map.copyOf(files);
        Objects.requireNonNull(diff, "diff");
        Objects.requireNonNull(result, "result");
    }
}
