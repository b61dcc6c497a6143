package dev.gantry.adapter.api;

/**
 * What the engine says about itself (version and info), plus the API version negotiated with it.
 *
 * @param swarmManager true when this node is an active swarm manager (services, tasks, nodes work)
 */
public record EngineInfo(
        String serverVersion,
        String serverApiVersion,
        String negotiatedApiVersion,
        String os,
        String arch,
        String kernelVersion,
        String hostname,
        int cpus,
        long memoryBytes,
        SwarmState swarmState,
        boolean swarmManager,
        String nodeId,
        int containers,
        int containersRunning,
        int images) {

    public String role() {
        if (swarmState != SwarmState.ACTIVE) {
            return "standalone";
        }
        return swarmManager ? "manager" : "worker";
    }
}
