package dev.gantry.ui.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.EngineEvent;
import dev.gantry.adapter.api.InventorySnapshot;
import dev.gantry.ui.inventory.Fixtures;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventPatchTest {

    private static EngineEvent ev(String type, String action, String id, Map<String, String> attrs) {
        return new EngineEvent(type, action, id, attrs, Instant.now());
    }

    @Test
    void aScaleEventSetsTheDesiredCountAtOnce() {
        EngineEvent scale = ev("service", "update", "s-web", Map.of("name", "shop_web", "replicas.new", "5", "replicas.old", "2"));
        assertTrue(EventPatch.patches(scale));
        InventorySnapshot s = EventPatch.apply(Fixtures.sample(), List.of(scale));
        assertEquals(5, s.services().stream().filter(v -> v.id().equals("s-web")).findFirst().orElseThrow().desiredReplicas());
        assertEquals(2, s.services().stream().filter(v -> v.id().equals("s-web")).findFirst().orElseThrow().runningReplicas());
    }

    @Test
    void aDeadContainerShowsItsExitCodeEverywhereItIsListed() {
        EngineEvent die = ev("container", "die", "c-app", Map.of("exitCode", "137"));
        InventorySnapshot s = EventPatch.apply(Fixtures.sample(), List.of(die));
        var app = s.composeProjects().get(0).containers().stream().filter(c -> c.id().equals("c-app")).findFirst().orElseThrow();
        assertEquals("exited", app.state());
        assertEquals("Exited (137) just now", app.status());
        assertEquals("exited", s.containers().stream().filter(c -> c.id().equals("c-app")).findFirst().orElseThrow().state());
    }

    @Test
    void otherEventsChangeNothing() {
        EngineEvent update = ev("service", "update", "s-web", Map.of("name", "shop_web"));
        assertFalse(EventPatch.patches(update));
        InventorySnapshot before = Fixtures.sample();
        assertSame(before, EventPatch.apply(before, List.of(update)));
        assertFalse(EventPatch.patches(ev("network", "connect", "n", Map.of())));
    }
}
