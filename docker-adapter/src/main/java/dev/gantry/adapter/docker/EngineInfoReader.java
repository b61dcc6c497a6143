package dev.gantry.adapter.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Info;
import com.github.dockerjava.api.model.LocalNodeState;
import com.github.dockerjava.api.model.SwarmInfo;
import com.github.dockerjava.api.model.Version;
import dev.gantry.adapter.api.EngineInfo;
import dev.gantry.adapter.api.SwarmState;
import java.util.Locale;

/** Pings, then reads /version and /info into an {@link EngineInfo}. */
final class EngineInfoReader {

    private EngineInfoReader() {
    }

    /** @param negotiated the API version the client speaks, recorded in the result */
    static EngineInfo read(DockerClient client, String negotiated) {
        client.pingCmd().exec();
        Version version = client.versionCmd().exec();
        Info info = client.infoCmd().exec();
        SwarmInfo swarm = info.getSwarm();
        SwarmState state = swarmState(swarm == null ? null : swarm.getLocalNodeState());
        boolean manager = swarm != null && Boolean.TRUE.equals(swarm.getControlAvailable());
        return new EngineInfo(
                version.getVersion(),
                version.getApiVersion(),
                negotiated,
                info.getOsType(),
                info.getArchitecture(),
                info.getKernelVersion(),
                info.getName(),
                info.getNCPU() == null ? 0 : info.getNCPU(),
                info.getMemTotal() == null ? 0 : info.getMemTotal(),
                state,
                state == SwarmState.ACTIVE && manager,
                swarm == null ? null : swarm.getNodeID(),
                info.getContainers() == null ? 0 : info.getContainers(),
                info.getContainersRunning() == null ? 0 : info.getContainersRunning(),
                info.getImages() == null ? 0 : info.getImages());
    }

    private static SwarmState swarmState(LocalNodeState s) {
        if (s == null) {
            return SwarmState.INACTIVE;
        }
        return switch (s.name().toLowerCase(Locale.ROOT)) {
            case "active" -> SwarmState.ACTIVE;
            case "pending" -> SwarmState.PENDING;
            case "error" -> SwarmState.ERROR;
            case "locked" -> SwarmState.LOCKED;
            default -> SwarmState.INACTIVE;
        };
    }
}
