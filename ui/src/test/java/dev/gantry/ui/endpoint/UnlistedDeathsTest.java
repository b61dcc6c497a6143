package dev.gantry.ui.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.gantry.adapter.api.ContainerInfo;
import dev.gantry.adapter.api.EngineEvent;
import dev.gantry.adapter.api.InventorySnapshot;
import dev.gantry.ui.inventory.Fixtures;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnlistedDeathsTest {

    private static final Instant T = Instant.parse("2026-12-06T08:00:00Z");
    private final UnlistedDeaths deaths = new UnlistedDeaths();

    private static EngineEvent ev(String action, String id) {
        return new EngineEvent("container", action, id, Map.of("exitCode", "0"), T);
    }

    private static String state(InventorySnapshot s, String id) {
        return s.containers().stream().filter(c -> c.id().equals(id)).map(ContainerInfo::state).findFirst().orElse("absent");
    }

    /** The sample lists c-app running; so does a lagging engine right after c-app's die. */
    @Test
    void aDeathIsKeptUntilAFetchListsTheContainerStopped() {
        deaths.record(List.of(ev("die", "c-app")), T);
        InventorySnapshot lagging = deaths.apply(Fixtures.sample(), T.plusMillis(300));
        assertEquals("exited", state(lagging, "c-app"));
        assertEquals("exited", state(deaths.apply(Fixtures.sample(), T.plusMillis(600)), "c-app"), "still lagging");
        assertEquals(1, deaths.size());

        InventorySnapshot caughtUp = EventPatch.apply(Fixtures.sample(), List.of(ev("die", "c-app")));
        assertSame(caughtUp, deaths.apply(caughtUp, T.plusMillis(900)));
        assertEquals(0, deaths.size(), "the list shows it: forgotten");
        assertEquals("running", state(deaths.apply(Fixtures.sample(), T.plusSeconds(2)), "c-app"),
                "a later fetch that lists it running again is believed (it was started)");
    }

    @Test
    void aStartUndoesTheDeath() {
        deaths.record(List.of(ev("die", "c-app"), ev("start", "c-app")), T);
        assertEquals("running", state(deaths.apply(Fixtures.sample(), T.plusMillis(100)), "c-app"));
        deaths.record(List.of(ev("die", "c-solo")), T);
        deaths.record(List.of(ev("start", "c-solo")), T.plusMillis(50));
        assertEquals(0, deaths.size());
    }

    @Test
    void aContainerNoLongerListedIsForgotten() {
        deaths.record(List.of(ev("die", "c-gone")), T);
        InventorySnapshot s = Fixtures.sample();
        assertSame(s, deaths.apply(s, T.plusMillis(100)));
        assertEquals(0, deaths.size());
    }

    @Test
    void aDeathNeverConfirmedIsDroppedAfterItsPatience() {
        deaths.record(List.of(ev("die", "c-app")), T);
        Instant late = T.plus(UnlistedDeaths.PATIENCE).plusSeconds(1);
        assertEquals("running", state(deaths.apply(Fixtures.sample(), late), "c-app"));
        assertEquals(0, deaths.size());
    }

    @Test
    void otherEventsAreIgnored() {
        deaths.record(List.of(new EngineEvent("container", "kill", "c-app", Map.of(), T),
                new EngineEvent("network", "die", "c-app", Map.of(), T)), T);
        assertEquals(0, deaths.size());
    }
}
