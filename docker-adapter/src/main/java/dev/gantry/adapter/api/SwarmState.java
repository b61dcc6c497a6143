package dev.gantry.adapter.api;

/** This engine's part in a swarm. */
public enum SwarmState { INACTIVE, PENDING, ACTIVE, ERROR, LOCKED }
