package dev.gantry.adapter.api.ops;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Exactly what a prune would remove, and what stays and why. Confirming removes these items by id
 * and nothing else.
 */
public record PrunePreview(Set<PruneKind> kinds, Instant takenAt, List<PruneItem> items, List<KeptItem> kept) {

    public PrunePreview {
        kinds = Set.copyOf(kinds);
        items = List.copyOf(items);
        kept = List.copyOf(kept);
    }

    /** The space the items take where the engine reports a size. */
    public long totalBytes() {
        return items.stream().mapToLong(PruneItem::sizeBytes).filter(s -> s > 0).sum();
    }

    /** The same preview with only the items the user kept ticked. */
    public PrunePreview only(Predicate<PruneItem> keep) {
        return new PrunePreview(kinds, takenAt, items.stream().filter(keep).toList(), kept);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
