package dev.gantry.adapter.api.ops;

import java.time.Duration;

/** Container lifecycle. A container that is gone gives NOT_FOUND with a sentence naming it. */
public interface ContainerOperations {

    void start(String container);

    /**
     * Stops with SIGTERM (or the image's stop signal), then SIGKILL after {@code grace}; null uses
     * the container's own grace period ({@link #stopGracePeriod(String)}).
     */
    void stop(String container, Duration grace);

    void restart(String container, Duration grace);

    /** Sends a signal; null means KILL. */
    void kill(String container, String signal);

    /** Removes; {@code force} kills a running container first. */
    void remove(String container, boolean force);

    /** The grace period a stop gives this container before SIGKILL (its StopTimeout, else 10 s). */
    Duration stopGracePeriod(String container);
}
