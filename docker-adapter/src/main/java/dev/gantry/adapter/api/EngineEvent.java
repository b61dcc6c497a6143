package dev.gantry.adapter.api;

import java.time.Instant;
import java.util.Map;

/**
 * One event from the engine's event stream.
 *
 * @param type   container, service, node, network, volume, image, secret, config, ...
 * @param action create, start, die, update, remove, health_status: healthy, ...
 */
public record EngineEvent(String type, String action, String actorId, Map<String, String> attributes, Instant time) {

    public EngineEvent {
        attributes = Map.copyOf(attributes);
    }
}
