package dev.gantry.adapter.api;

/** The kinds of objects whose raw inspect JSON {@link EngineSession#inspectJson} returns. */
public enum InspectKind {
    CONTAINER, SERVICE, TASK, NODE, IMAGE, VOLUME, NETWORK, SECRET, CONFIG
}
