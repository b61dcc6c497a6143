package dev.gantry.ui.endpoint;

/** The health dot of an endpoint. */
public enum ConnectionPhase {
    /** Trying for the first time (or again after an edit). */
    CONNECTING,
    /** Connected and live. */
    CONNECTED,
    /** Was connected, lost the engine, retrying by itself. */
    LOST,
    /** Could not connect; the reason is shown, and transient causes are retried. */
    REFUSED
}
