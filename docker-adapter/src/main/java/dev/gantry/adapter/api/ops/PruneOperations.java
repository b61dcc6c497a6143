package dev.gantry.adapter.api.ops;

import java.util.Set;

/** Prune in two steps: an exact preview, then removal of exactly the previewed items by id. */
public interface PruneOperations {

    PrunePreview preview(Set<PruneKind> kinds);

    /**
     * Removes the preview's items one by one, by id; never a blanket prune. An item that became
     * in use since the preview is skipped and reported.
     */
    PruneReport remove(PrunePreview preview);
}
