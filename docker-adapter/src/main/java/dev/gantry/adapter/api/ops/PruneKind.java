package dev.gantry.adapter.api.ops;

import java.util.EnumSet;
import java.util.Set;

/** What a prune may remove. */
public enum PruneKind {
    STOPPED_CONTAINERS("stopped containers"),
    DANGLING_IMAGES("dangling images"),
    /** Every image no container uses (includes dangling ones). */
    UNUSED_IMAGES("unused images"),
    UNUSED_NETWORKS("unused networks"),
    /** Never part of a default selection: volumes hold data. */
    UNUSED_VOLUMES("unused volumes"),
    BUILD_CACHE("build cache");

    private final String label;

    PruneKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** What the prune dialog ticks by default: never volumes. */
    public static Set<PruneKind> defaultSelection() {
        return EnumSet.of(STOPPED_CONTAINERS, DANGLING_IMAGES, UNUSED_NETWORKS, BUILD_CACHE);
    }
}
