package dev.gantry.adapter.api;

import java.time.Duration;

/**
 * Receives an engine's events. Called on the subscription's own thread, never the UI thread.
 * Implementations must not throw; whatever they throw is logged and ignored.
 */
public interface EngineEventListener {

    void onEvent(EngineEvent event);

    /** The stream is (re)connected and events may have been missed: reload everything. */
    default void onResync() {
    }

    /** The stream broke; another attempt follows after {@code retryIn}. */
    default void onConnectionLost(EngineException reason, Duration retryIn) {
    }
}
