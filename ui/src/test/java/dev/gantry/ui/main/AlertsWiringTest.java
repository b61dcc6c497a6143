package dev.gantry.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.alerts.AlertRule;
import dev.gantry.adapter.alerts.AlertRules;

import dev.gantry.adapter.alerts.AlertEvent;
import dev.gantry.adapter.api.ContainerInfo;
import dev.gantry.adapter.api.EngineSession;
import dev.gantry.adapter.api.Health;
import dev.gantry.adapter.api.InventorySnapshot;
import dev.gantry.ui.alerts.AlertRulesStore;
import dev.gantry.ui.concurrent.QueueExecutor;
import dev.gantry.ui.concurrent.SameThreadExecutor;
import dev.gantry.ui.inventory.Fixtures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** The alerts fed from inventory snapshots: what fires, what resolves, what is notified. */
@ExtendWith(ApplicationExtension.class) // the wiring builds the Alerts panel
class AlertsWiringTest {

    private final List<String> watching = new ArrayList<>();
    private final EngineSession session = StatsOnlySession.recordingWatches(watching);

    private static InventorySnapshot snapshot(ContainerInfo... containers) {
        return new InventorySnapshot(Instant.now(), Fixtures.engine(), List.of(), List.of(), List.of(), List.of(),
                List.of(containers), List.of(containers), List.of());
    }

    private static ContainerInfo db(String state) {
        // The engine keeps the last health check result of a stopped container: still "unhealthy".
        return Fixtures.container("c-db", "blog-db-1", state, state, Health.UNHEALTHY, Map.of());
    }

    /**
     * The "unhealthy" notification showed twice: the container turned unhealthy (fired), was stopped
     * (its alert resolved as gone), and the next snapshot's stale health of the stopped container
     * fired it again.
     */
    @Test
    void anUnhealthyContainerThatStopsFiresOnceAndResolvesOnce() {
        AlertsWiring wiring = new AlertsWiring(new SameThreadExecutor(), AlertRulesStore.inMemory(), () -> session, () -> null);
        List<AlertEvent> notified = new ArrayList<>();
        wiring.viewModel().setOnFired(notified::add);

        wiring.observe(snapshot(db("running")));
        assertEquals(1, notified.size());
        assertEquals(List.of("c-db"), watching);

        wiring.observe(snapshot(db("exited")));
        wiring.observe(snapshot(db("exited")));
        wiring.observe(snapshot(db("exited")));

        assertEquals(1, notified.size(), "one notification for one unhealthy spell: " + notified);
        List<AlertEvent.Kind> kinds = wiring.viewModel().events().stream().map(AlertEvent::kind).toList();
        assertEquals(List.of(AlertEvent.Kind.RESOLVED, AlertEvent.Kind.FIRED), kinds, "history, newest first");
        assertEquals(List.of(), watching);
        wiring.close();
    }

    /** The window holds the sampling while its first frame is made; health still counts meanwhile. */
    @Test
    void heldSamplingWatchesNothingUntilReleasedButHealthStillFires() {
        AlertsWiring wiring = new AlertsWiring(new SameThreadExecutor(), AlertRulesStore.inMemory(), () -> session, () -> null);
        List<AlertEvent> notified = new ArrayList<>();
        wiring.viewModel().setOnFired(notified::add);
        wiring.holdSampling();

        wiring.observe(snapshot(db("running")));
        assertEquals(List.of(), watching, "nothing sampled while held");
        assertEquals(1, notified.size(), "the unhealthy container fires without stats");

        wiring.releaseSampling();
        wiring.observe(snapshot(db("running")));
        assertEquals(List.of("c-db"), watching);
        assertEquals(1, notified.size());
        wiring.close();
    }

    /** A store that counts which thread reads it, holding the rules a person saved earlier. */
    private static final class CountingStore implements AlertRulesStore {
        final List<AlertRule> saved;
        final List<Thread> loads = new ArrayList<>();
        final List<List<AlertRule>> saves = new ArrayList<>();

        CountingStore(List<AlertRule> saved) {
            this.saved = saved;
        }

        @Override
        public List<AlertRule> load() {
            loads.add(Thread.currentThread());
            return saved;
        }

        @Override
        public void save(List<AlertRule> rules) {
            saves.add(rules);
        }
    }

    /** The rules file is read in the background (it was read on the UI thread while the window was built). */
    @Test
    void savedRulesAreReadInTheBackgroundAndThenApply() {
        List<AlertRule> mine = List.of(AlertRules.defaults().get(0));
        CountingStore store = new CountingStore(mine);
        QueueExecutor executor = new QueueExecutor();
        AlertsWiring wiring = new AlertsWiring(executor, store, () -> session, () -> null);
        assertEquals(List.of(), store.loads, "not read while the wiring is made");

        executor.runAll();
        assertEquals(1, store.loads.size());
        assertEquals(mine, wiring.viewModel().rules());
        assertEquals(List.of(), store.saves, "reading is not a change to save");
        wiring.close();
    }

    /** A person who removes a rule before the file was read keeps that change; it is saved, not overwritten. */
    @Test
    void aChangeMadeBeforeTheRulesWereReadWins() {
        CountingStore store = new CountingStore(AlertRules.defaults());
        QueueExecutor executor = new QueueExecutor();
        AlertsWiring wiring = new AlertsWiring(executor, store, () -> session, () -> null);
        wiring.viewModel().restoreDefaults();
        AlertRule removed = wiring.viewModel().rules().get(0);
        wiring.viewModel().remove(removed);

        executor.runAll();
        assertTrue(!wiring.viewModel().rules().contains(removed), "the removal survives the late read");
        assertEquals(wiring.viewModel().rules(), store.saves.get(store.saves.size() - 1), "the newest rules saved last");
        wiring.close();
    }
}
