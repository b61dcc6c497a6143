package dev.gantry.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.ContainerInfo;
import dev.gantry.adapter.api.Health;
import dev.gantry.adapter.api.InventorySnapshot;
import dev.gantry.ui.detail.SecretMasker;
import dev.gantry.ui.inventory.Badge;
import dev.gantry.ui.inventory.Fixtures;
import dev.gantry.ui.inventory.InventoryRow;
import dev.gantry.ui.settings.AppSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javafx.css.PseudoClass;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import java.util.concurrent.TimeUnit;

/** The window's own behaviour: in-place updates, selection and scroll kept, filter, keyboard, banner. */
@ExtendWith(ApplicationExtension.class)
class MainViewTest {

    private final FakeEngine engine = new FakeEngine(big(100, "Up 1 minute"));
    private final MainWindowHarness window = new MainWindowHarness();
    private final List<AppSettings> saved = window.saved;
    private MainViewModel vm;
    private MainView view;

    private static InventorySnapshot big(int n, String status) {
        InventorySnapshot s = Fixtures.sample();
        List<ContainerInfo> many = new ArrayList<>(s.standaloneContainers());
        for (int i = 0; i < n; i++) {
            many.add(Fixtures.container(String.format("c-%03d", i), String.format("box-%03d", i), "running",
                    status, Health.NONE, Map.of()));
        }
        List<ContainerInfo> all = new ArrayList<>(s.containers());
        all.addAll(many.subList(1, many.size()));
        return new InventorySnapshot(s.takenAt(), s.engine(), s.stacks(), s.services(), s.tasks(), s.composeProjects(),
                many, all, s.nodes());
    }

    /** Marks every box-* container exited. */
    private static InventorySnapshot exited(InventorySnapshot s) {
        List<ContainerInfo> solo = s.standaloneContainers().stream().map(c -> c.name().startsWith("box-")
                ? new ContainerInfo(c.id(), c.name(), c.image(), c.command(), "exited", c.status(), c.health(), c.ports(),
                        c.labels(), c.createdAt()) : c).toList();
        return new InventorySnapshot(s.takenAt(), s.engine(), s.stacks(), s.services(), s.tasks(), s.composeProjects(),
                solo, s.containers(), s.nodes());
    }

    @Start
    void start(Stage stage) {
        window.show(stage, engine);
        vm = window.vm;
        view = window.view;
    }

    @AfterEach
    void stop() {
        window.close();
    }

    private static <T> T fx(Callable<T> c) {
        return MainWindowHarness.fx(c);
    }

    private static void until(Callable<Boolean> c) throws Exception {
        MainWindowHarness.until(10, c);
    }

    private int firstVisibleIndex() {
        VirtualFlow<?> flow = (VirtualFlow<?>) view.tree().lookup(".virtual-flow");
        IndexedCell<?> first = flow.getFirstVisibleCell();
        return first == null ? -1 : first.getIndex();
    }

    @Test
    void updatesInPlaceKeepingSelectionAndScroll() throws Exception {
        until(() -> view.tree().find("c-050") != null);
        TreeItem<InventoryRow> before = fx(() -> {
            TreeItem<InventoryRow> item = view.tree().find("c-070");
            view.tree().getSelectionModel().select(item);
            view.tree().scrollTo(view.tree().getRow(item) - 5);
            return item;
        });
        WaitForAsyncUtils.waitForFxEvents();
        int scrolled = fx(this::firstVisibleIndex);
        assertTrue(scrolled > 20, "scrolled down: " + scrolled);

        engine.snapshot.set(exited(big(100, "Exited (2) 1 second ago")));
        engine.push("container", "die");
        until(() -> view.tree().find("c-070").getValue().badge() == Badge.FAILED);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(before, fx(() -> view.tree().find("c-070")), "the same TreeItem, updated in place");
        assertSame(before, fx(() -> view.tree().getSelectionModel().getSelectedItem()), "selection kept");
        assertEquals(scrolled, (int) fx(this::firstVisibleIndex), "scroll position kept");
    }

    @Test
    void theInventoryHasTheKeyboardOnceShownNotTheFilter() throws Exception {
        until(() -> view.tree().find("c-050") != null);
        assertTrue(fx(() -> view.tree().isFocused()),
                "focus owner: " + fx(() -> view.getScene().getFocusOwner()));
    }

    /** A reload that was already reading when a container died must not bring the container back to life. */
    @Test
    void aFetchOvertakenByAnEventDoesNotUndoWhatTheEventSaid() throws Exception {
        until(() -> view.tree().find("c-070") != null);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        engine.slowFetch.set(release);
        engine.push("container", "start"); // a reload begins and reads c-070 running, slowly
        assertTrue(engine.slowFetchBegun.await(10, java.util.concurrent.TimeUnit.SECONDS), "the slow fetch began");

        engine.snapshot.set(exited(engine.snapshot.get()));
        engine.pushFor("container", "die", "c-070", Map.of("exitCode", "137"));
        until(() -> view.tree().find("c-070").getValue().badge() == Badge.FAILED);
        List<Badge> after = java.util.Collections.synchronizedList(new ArrayList<>());
        fx(() -> {
            vm.selectedProperty().get().snapshotProperty().addListener((o, a, snap) -> snap.standaloneContainers().stream()
                    .filter(c -> c.id().equals("c-070")).findFirst()
                    .ifPresent(c -> after.add("running".equals(c.state()) ? Badge.RUNNING : Badge.FAILED)));
            return null;
        });
        release.countDown();
        until(() -> engine.inventoryCalls.get() >= 3); // the slow fetch answered, and the reload after it ran
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!after.contains(Badge.RUNNING), "c-070 stays dead through the stale fetch: " + after);
        assertTrue(fx(() -> view.tree().find("c-070").getValue().badge()) != Badge.RUNNING, "the tree ends with it exited");
    }

    /** c-070 (a box-* container in both lists) with this state and health. */
    private static InventorySnapshot box070(InventorySnapshot s, String state, Health health) {
        java.util.function.UnaryOperator<ContainerInfo> f = c -> c.id().equals("c-070")
                ? new ContainerInfo(c.id(), c.name(), c.image(), c.command(), state, state, health, c.ports(), c.labels(),
                        c.createdAt()) : c;
        return new InventorySnapshot(s.takenAt(), s.engine(), s.stacks(), s.services(), s.tasks(), s.composeProjects(),
                s.standaloneContainers().stream().map(f).toList(), s.containers().stream().map(f).toList(), s.nodes());
    }

    /**
     * dockerd sends a container's "die" before its list shows the container stopped: on the demo, lists
     * read up to 0.7 s after the event still said "running, unhealthy" (until about the "stop" event).
     * The reload right after the die brought the container back to life for an update, and its
     * "Unhealthy container" alert, resolved as gone, fired a second time: two identical notifications.
     */
    @Test
    void aDeathTheEnginesListDoesNotShowYetIsKeptAndItsAlertFiresOnce() throws Exception {
        deathWhileTheEngineStillListsItRunning(false);
    }

    /** The same when the die comes while a fetch is reading: that fetch, and the next, list it running. */
    @Test
    void aDeathDuringAFetchIsKeptThroughTheLaggingListsAfterIt() throws Exception {
        deathWhileTheEngineStillListsItRunning(true);
    }

    private void deathWhileTheEngineStillListsItRunning(boolean duringAFetch) throws Exception {
        until(() -> view.tree().find("c-070") != null);
        List<dev.gantry.adapter.alerts.AlertEvent> fired = java.util.Collections.synchronizedList(new ArrayList<>());
        List<String> states = java.util.Collections.synchronizedList(new ArrayList<>());
        AlertsWiring alerts = fx(() -> {
            AlertsWiring w = new AlertsWiring(new dev.gantry.ui.concurrent.SameThreadExecutor(),
                    dev.gantry.ui.alerts.AlertRulesStore.inMemory(), () -> StatsOnlySession.recordingWatches(new ArrayList<>()),
                    () -> null);
            w.viewModel().setOnFired(e -> {
                if (e.subject().id().equals("c-070")) {
                    fired.add(e);
                }
            });
            vm.selectedProperty().get().snapshotProperty().addListener((o, a, snap) -> {
                w.observe(snap);
                snap.containers().stream().filter(c -> c.id().equals("c-070")).findFirst().ifPresent(c -> states.add(c.state()));
            });
            return w;
        });
        try {
            engine.snapshot.set(box070(engine.snapshot.get(), "running", Health.UNHEALTHY));
            engine.pushFor("container", "health_status: unhealthy", "c-070", Map.of());
            until(() -> fired.size() == 1);
            Thread.sleep(300); // the reloads the health event caused are over
            WaitForAsyncUtils.waitForFxEvents();

            states.clear();
            int calls = engine.inventoryCalls.get();
            java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
            if (duringAFetch) {
                engine.slowFetch.set(release);
                engine.push("container", "start"); // a reload begins and reads c-070 running, slowly
                assertTrue(engine.slowFetchBegun.await(10, TimeUnit.SECONDS), "the slow fetch began");
            }
            engine.pushFor("container", "die", "c-070", Map.of("exitCode", "0")); // the list still says running
            until(() -> states.contains("exited"));
            release.countDown();
            until(() -> engine.inventoryCalls.get() > calls + (duringAFetch ? 1 : 0));
            Thread.sleep(300);
            WaitForAsyncUtils.waitForFxEvents();
            engine.snapshot.set(box070(engine.snapshot.get(), "exited", Health.UNHEALTHY)); // now it caught up
            int lagging = engine.inventoryCalls.get();
            engine.pushFor("container", "stop", "c-070", Map.of());
            until(() -> engine.inventoryCalls.get() > lagging);
            Thread.sleep(300);
            WaitForAsyncUtils.waitForFxEvents();

            assertFalse(states.contains("running"), "c-070 stays dead through the lagging lists: " + states);
            assertEquals("exited", states.get(states.size() - 1));
            assertEquals(1, fired.size(), "one notification for one unhealthy spell: " + fired);
        } finally {
            fx(() -> {
                alerts.close();
                return null;
            });
        }
    }

    @Test
    void eventBurstsAreCoalescedIntoFewReloads() throws Exception {
        until(() -> view.tree().find("c-050") != null);
        int before = engine.inventoryCalls.get();
        for (int i = 0; i < 200; i++) {
            engine.push("container", "start");
        }
        Thread.sleep(600);
        int reloads = engine.inventoryCalls.get() - before;
        assertTrue(reloads >= 1 && reloads <= 3, "200 events gave " + reloads + " reloads");
    }

    /**
     * A crash-looping container sends events all the time: the reloads they cause are spaced out,
     * while what each event says outright (this container died) still shows at once.
     */
    @Test
    void aSteadyStreamOfEventsGivesAtMostAboutOneReloadASecond() throws Exception {
        until(() -> view.tree().find("c-070") != null);
        Thread.sleep(1200); // past the connect's own reloads
        int before = engine.inventoryCalls.get();
        for (int i = 0; i < 20; i++) { // 2 s of an event every 100 ms, each past the 75 ms coalescing
            engine.push("container", "start");
            Thread.sleep(100);
        }
        int reloads = engine.inventoryCalls.get() - before;
        assertTrue(reloads >= 1 && reloads <= 4, "2 s of events every 100 ms gave " + reloads + " reloads");

        engine.snapshot.set(exited(engine.snapshot.get()));
        engine.pushFor("container", "die", "c-070", Map.of("exitCode", "137"));
        long sent = System.nanoTime();
        until(() -> view.tree().find("c-070").getValue().badge() == Badge.FAILED);
        long shownMs = (System.nanoTime() - sent) / 1_000_000;
        assertTrue(shownMs < 900, "the die event showed after " + shownMs + " ms");
    }

    /** The manager records a task as running a moment after the container's start event; no event says so. */
    @Test
    void aTaskThatReachesRunningAfterTheLastEventIsShownRunning() throws Exception {
        until(() -> view.tree().find("t-w1b") != null);
        assertEquals(Badge.STARTING, fx(() -> view.tree().find("t-w1b").getValue().badge()));
        int before = engine.inventoryCalls.get();
        engine.push("container", "start");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> engine.inventoryCalls.get() > before);
        InventorySnapshot s = engine.snapshot.get();
        engine.snapshot.set(new InventorySnapshot(s.takenAt(), s.engine(), s.stacks(), s.services(), s.tasks().stream()
                .map(t -> t.id().equals("t-w1b") ? Fixtures.task("t-w1b", t.serviceId(), t.serviceName(), t.slot(), "running",
                        null, t.updatedAt(), t.health()) : t).toList(), s.composeProjects(), s.standaloneContainers(),
                s.containers(), s.nodes()));
        until(() -> view.tree().find("t-w1b").getValue().badge() == Badge.RUNNING);
    }

    @Test
    void typeToFilterAndKeyboardNavigation(FxRobot robot) throws Exception {
        until(() -> view.tree().find("s-worker") != null);
        robot.clickOn("#filter").write("worker");
        until(() -> view.tree().find("c-050") == null && view.tree().find("s-worker") != null);
        robot.type(KeyCode.DOWN);
        assertTrue(fx(() -> view.tree().isFocused()), "Down moves from the filter into the tree");
        robot.type(KeyCode.DOWN, 2);
        assertEquals("s-worker", fx(() -> view.tree().getSelectionModel().getSelectedItem().getValue().id()));
        until(() -> "shop_worker".equals(vm.detailProperty().get().title()));
        robot.clickOn("#filter").press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        until(() -> view.tree().find("c-050") != null);
        assertEquals("s-worker", fx(() -> view.tree().getSelectionModel().getSelectedItem().getValue().id()),
                "clearing the filter keeps the selection");
    }

    @Test
    void detailShowsMaskedEnvironmentAndInspectJson() throws Exception {
        until(() -> view.tree().find("c-solo") != null);
        fx(() -> {
            view.tree().getSelectionModel().select(view.tree().find("c-solo"));
            return null;
        });
        until(() -> !vm.detailProperty().get().env().isEmpty());
        assertEquals(List.of(new SecretMasker.EnvEntry("DB_PASSWORD", SecretMasker.MASK, true),
                new SecretMasker.EnvEntry("MODE", "prod", false)), fx(() -> vm.detailProperty().get().env()));
        assertEquals("{\"Id\": \"c-solo\"}", fx(() -> vm.detailProperty().get().inspectJson()));
    }

    @Test
    void aLostEngineShowsTheBannerAndGreysTheLastStateUntilItIsBack(FxRobot robot) throws Exception {
        until(() -> view.tree().find("c-050") != null);
        engine.lose();
        until(() -> robot.lookup("#lost-banner").query().isVisible());
        PseudoClass stale = PseudoClass.getPseudoClass("stale");
        assertTrue(fx(() -> view.tree().getPseudoClassStates().contains(stale)));
        assertTrue(fx(() -> view.tree().find("c-050") != null), "last known rows stay");
        engine.back();
        until(() -> !robot.lookup("#lost-banner").query().isVisible());
        assertFalse(fx(() -> view.tree().getPseudoClassStates().contains(stale)));
    }

    @Test
    void themeToggleIsPersisted(FxRobot robot) throws Exception {
        robot.clickOn("#theme-toggle");
        until(() -> !saved.isEmpty());
        assertEquals("dark", saved.get(saved.size() - 1).theme());
    }
}
