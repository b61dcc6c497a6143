package dev.gantry.ui.inventory;

import java.time.Instant;

/**
 * One row of the inventory tree, ready to show: every cell already chosen, nothing to compute in
 * the view. Rows are compared by value so unchanged rows are left alone on updates.
 *
 * @param id       stable across reloads (engine id, or a synthetic one for groups)
 * @param running  -1 when the row has no replica count
 * @param error    why a task or container failed, shown inline; null when fine
 */
public record InventoryRow(
        String id,
        RowKind kind,
        String name,
        String image,
        long running,
        long desired,
        Badge badge,
        String ports,
        String node,
        Instant created,
        String error) {

    public boolean hasReplicas() {
        return running >= 0;
    }

    public boolean replicasDiffer() {
        return hasReplicas() && running != desired;
    }

    public String replicas() {
        return hasReplicas() ? running + "/" + desired : "";
    }

    /** The text the type-to-filter box searches in. */
    String searchText() {
        return String.join(" ", name, nz(image), badge.label(), nz(ports), nz(node), nz(error));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
