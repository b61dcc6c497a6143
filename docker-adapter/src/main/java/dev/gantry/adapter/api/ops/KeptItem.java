package dev.gantry.adapter.api.ops;

/** Something of a selected kind that stays, with why ("used by container web-1"). */
public record KeptItem(PruneKind kind, String id, String name, String reason) {
}
