package dev.gantry.adapter.alerts;

/** What a rule applies to: one container, a service's tasks, a stack's tasks, or all of an endpoint. */
public enum AlertScope {
    CONTAINER, SERVICE, STACK, ENDPOINT
}
