package dev.gantry.adapter.api.ops;

import java.time.Instant;

/**
 * One thing a prune would remove.
 *
 * @param id        what removal uses (container/image/network id, volume name, cache record id)
 * @param name      what the user sees (name or tag), or the short id
 * @param sizeBytes the space it frees, or -1 when the engine does not say (networks, some volumes)
 * @param created   or null when unknown
 */
public record PruneItem(PruneKind kind, String id, String name, long sizeBytes, Instant created) {
}
