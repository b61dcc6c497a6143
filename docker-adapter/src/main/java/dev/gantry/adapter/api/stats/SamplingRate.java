package dev.gantry.adapter.api.stats;

/** How often a watched container is sampled: visible or alert-watched ones at the normal rate, the rest slower. */
public enum SamplingRate {
    NORMAL, SLOW
}
