package dev.gantry.adapter.api;

/**
 * A connection to one engine. Thread-safe; every method may block on I/O, so never call them on
 * the UI thread.
 */
public interface EngineSession extends AutoCloseable {

    EndpointProfile profile();

    /** Version and info as read when connecting. */
    EngineInfo info();

    /** Reads version and info again. */
    EngineInfo refreshInfo();

    /** One consistent-enough snapshot of everything the engine runs. */
    InventorySnapshot inventory();

    /**
     * Subscribes to the engine's events. The subscription reconnects with back-off after the
     * engine goes away and calls {@link EngineEventListener#onResync()} once it is back.
     */
    Subscription subscribeEvents(EngineEventListener listener);

    /** Native stack deploy (swarm managers only). */
    dev.gantry.adapter.api.deploy.StackDeployments stacks();

    @Override
    void close();
}
