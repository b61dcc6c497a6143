package dev.gantry.adapter.api;

import java.util.List;

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

    /** Local images, with the containers created from each. */
    List<ImageInfo> images();

    /** Volumes, with their size where the engine computes it and the containers mounting each. */
    List<VolumeInfo> volumes();

    /** Networks, with the containers and services attached to each. */
    List<NetworkInfo> networks();

    /**
     * The engine's own inspect JSON of one object, pretty-printed.
     *
     * @param id an id, a unique id prefix, or a name (as the docker CLI accepts)
     * @throws EngineException NOT_FOUND when there is no such object
     */
    String inspectJson(InspectKind kind, String id);

    /** Env, mounts, labels, ports, command, restarts and health of one container. */
    ContainerDetails containerDetails(String containerId);

    /** Scale, update, rollback, exec-restart, lifecycle and prune on this engine. */
    dev.gantry.adapter.api.ops.Operations operations();

    /** Log streams of containers, services and stacks. */
    dev.gantry.adapter.api.logs.LogSource logs();

    /** Resource statistics of containers. */
    dev.gantry.adapter.api.stats.StatsSource stats();

    /** Native stack deploy (swarm managers only). */
    dev.gantry.adapter.api.deploy.StackDeployments stacks();

    /** {@code compose up}/{@code down} on this engine (the compose editor's "Compose up"). */
    dev.gantry.adapter.api.deploy.ComposeProjects composeProjects();

    @Override
    void close();
}
