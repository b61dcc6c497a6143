package dev.gantry.adapter.docker;

import static dev.gantry.adapter.docker.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.adapter.api.EngineInfo;
import dev.gantry.adapter.api.SwarmState;
import java.util.Locale;

/**
 * The engine's /version and /info answers to an {@link EngineInfo}. Read as JSON trees: docker-java's
 * Info model is large, and binding it the first time cost a good part of a connect's CPU.
 */
final class EngineInfoReader {

    private EngineInfoReader() {
    }

    /** Reads /version and /info. @param negotiated the API version the calls speak, recorded in the result */
    static EngineInfo read(RawApi raw, String negotiated) {
        return of(raw.get("/version"), raw.get("/info"), negotiated);
    }

    /** @param version the answer to /version, which is the same at any API version */
    static EngineInfo of(JsonNode version, JsonNode info, String negotiated) {
        JsonNode swarm = info.path("Swarm");
        SwarmState state = swarmState(text(swarm, "LocalNodeState"));
        boolean manager = swarm.path("ControlAvailable").asBoolean(false);
        return new EngineInfo(
                text(version, "Version"),
                text(version, "ApiVersion"),
                negotiated,
                text(info, "OSType"),
                text(info, "Architecture"),
                text(info, "KernelVersion"),
                text(info, "Name"),
                info.path("NCPU").asInt(0),
                info.path("MemTotal").asLong(0),
                state,
                state == SwarmState.ACTIVE && manager,
                swarm.isObject() ? text(swarm, "NodeID") : null,
                info.path("Containers").asInt(0),
                info.path("ContainersRunning").asInt(0),
                info.path("Images").asInt(0));
    }

    private static SwarmState swarmState(String s) {
        if (s == null) {
            return SwarmState.INACTIVE;
        }
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "active" -> SwarmState.ACTIVE;
            case "pending" -> SwarmState.PENDING;
            case "error" -> SwarmState.ERROR;
            case "locked" -> SwarmState.LOCKED;
            default -> SwarmState.INACTIVE;
        };
    }
}
