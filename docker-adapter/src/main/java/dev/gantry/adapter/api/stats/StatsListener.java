package dev.gantry.adapter.api.stats;

import dev.gantry.adapter.api.EngineException;

/** Receives samples of watched containers, on the sampler's thread; hand them over and return. */
public interface StatsListener {

    void onSample(ContainerStats sample);

    /** A container could not be sampled (e.g. it was removed); the message is for the user. */
    default void onError(String containerId, EngineException error) {
    }
}
