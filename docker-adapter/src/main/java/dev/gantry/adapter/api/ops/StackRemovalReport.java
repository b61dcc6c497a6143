package dev.gantry.adapter.api.ops;

import java.util.List;

/**
 * What a stack removal did.
 *
 * @param removed "service web", "network demo_default", ... in the order removed
 * @param failed  "network demo_default: has active endpoints", ...
 */
public record StackRemovalReport(String stack, List<String> removed, List<String> failed) {

    public StackRemovalReport {
        removed = List.copyOf(removed);
        failed = List.copyOf(failed);
    }

    public boolean complete() {
        return failed.isEmpty();
    }
}
