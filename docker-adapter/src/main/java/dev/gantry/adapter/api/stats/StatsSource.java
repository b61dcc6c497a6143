package dev.gantry.adapter.api.stats;

import dev.gantry.adapter.api.Subscription;

/**
 * Resource statistics of one engine's containers.
 *
 * <p>The implementation samples one-shot on a schedule (measured cheaper for dockerd than one open
 * stream per container: see docs/benchmarks.md): every watched container at its rate. Several
 * watches of the same container share one sampling; the fastest requested rate wins.
 */
public interface StatsSource {

    /** One sample now (blocks for one engine round trip). CPU % needs a previous sample: see {@link #watch}. */
    ContainerStats sample(String containerIdOrName);

    /** Samples the container at the given rate until the subscription closes. */
    Subscription watch(String containerIdOrName, SamplingRate rate, StatsListener listener);

    /** Changes the rate of a watch made by this source (e.g. a row scrolled out of view). */
    void setRate(Subscription watch, SamplingRate rate);
}
