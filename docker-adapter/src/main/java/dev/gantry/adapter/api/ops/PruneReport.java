package dev.gantry.adapter.api.ops;

import java.util.List;

/**
 * What a confirmed prune did.
 *
 * @param removed        the previewed items removed
 * @param skipped        previewed items left alone because they became in use (with the reason)
 * @param failed         previewed items the engine refused to remove (with its reason)
 * @param reclaimedBytes the space the engine reports freed (sizes of the removed items)
 */
public record PruneReport(List<PruneItem> removed, List<Outcome> skipped, List<Outcome> failed, long reclaimedBytes) {

    public record Outcome(PruneItem item, String reason) {
    }

    public PruneReport {
        removed = List.copyOf(removed);
        skipped = List.copyOf(skipped);
        failed = List.copyOf(failed);
    }
}
