package dev.gantry.adapter.docker;

import com.github.dockerjava.api.model.Event;
import com.github.dockerjava.api.model.EventActor;
import dev.gantry.adapter.api.EngineEvent;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** docker-java's event to {@link EngineEvent}. */
final class EventMapper {

    private EventMapper() {
    }

    static EngineEvent map(Event e) {
        EventActor actor = e.getActor();
        Map<String, String> attributes = new HashMap<>();
        if (actor != null && actor.getAttributes() != null) {
            actor.getAttributes().forEach((k, v) -> {
                if (k != null && v != null) {
                    attributes.put(k, v);
                }
            });
        }
        String actorId = actor != null && actor.getId() != null ? actor.getId() : e.getId();
        return new EngineEvent(
                e.getType() == null ? "container" : e.getType().getValue(),
                e.getAction() != null ? e.getAction() : e.getStatus(),
                actorId,
                attributes,
                time(e));
    }

    static Instant time(Event e) {
        if (e.getTimeNano() != null && e.getTimeNano() > 0) {
            long nanos = e.getTimeNano();
            return Instant.ofEpochSecond(nanos / 1_000_000_000L, nanos % 1_000_000_000L);
        }
        if (e.getTime() != null && e.getTime() > 0) {
            return Instant.ofEpochSecond(e.getTime());
        }
        return Instant.now();
    }
}
