package dev.gantry.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.InventorySnapshot;
import dev.gantry.adapter.api.ServiceInfo;
import dev.gantry.adapter.api.ops.Operations;
import dev.gantry.ui.inventory.Fixtures;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TreeTableRow;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The operations are reachable from the main window: toolbar, row context menu, keyboard, confirmations. */
@ExtendWith(ApplicationExtension.class)
class MainViewActionsTest {

    private final FakeEngine engine = new FakeEngine(withGlobal());
    private final MainWindowHarness window = new MainWindowHarness();
    /** Every operation call as "interface.method(args)". */
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private MainViewModel vm;
    private MainView view;

    private static InventorySnapshot withGlobal() {
        InventorySnapshot s = Fixtures.sample();
        List<ServiceInfo> services = new ArrayList<>(s.services());
        services.add(new ServiceInfo("s-agent", "agent", null, "gantry-test/busybox:1", "global", 1, 1, List.of(), null,
                Map.of(), Fixtures.T0, Fixtures.T0, 3));
        return new InventorySnapshot(s.takenAt(), s.engine(), s.stacks(), services, s.tasks(), s.composeProjects(),
                s.standaloneContainers(), s.containers(), s.nodes());
    }

    @Start
    void start(Stage stage) {
        engine.operations.set(recording(Operations.class));
        window.show(stage, engine);
        vm = window.vm;
        view = window.view;
    }

    /** A proxy that records each call; sub-interfaces (services(), ...) are recording proxies too. */
    @SuppressWarnings("unchecked")
    private <T> T recording(Class<T> type) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, m, args) -> {
            if (m.getReturnType().isInterface() && m.getParameterCount() == 0) {
                return recording(m.getReturnType());
            }
            calls.add(type.getSimpleName() + "." + m.getName() + (args == null ? "()" : Arrays.toString(args)));
            return null;
        });
    }

    @AfterEach
    void stop() {
        window.close();
    }

    private static <T> T fx(Callable<T> c) {
        return MainWindowHarness.fx(c);
    }

    private static void until(Callable<Boolean> c) throws Exception {
        MainWindowHarness.until(15, c);
    }

    private Node rowOf(FxRobot robot, String name) {
        return robot.lookup(".tree-table-row-cell").match((TreeTableRow<?> r) -> r.getItem() != null
                && r.getItem() instanceof dev.gantry.ui.inventory.InventoryRow row && row.name().equals(name)).query();
    }

    /** Selects the row and requests its context menu (Monocle turns no mouse button into a menu request). */
    private void openMenu(FxRobot robot, String name) {
        Node row = rowOf(robot, name);
        robot.clickOn(row);
        fx(() -> {
            javafx.geometry.Bounds b = row.localToScreen(row.getBoundsInLocal());
            javafx.event.Event.fireEvent(row, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 20, 10, b.getMinX() + 20, b.getMinY() + 10,
                    false, null));
            return null;
        });
    }

    private static Button dialogButton(FxRobot robot, String text) {
        return robot.lookup("#confirm-dialog").lookup((Button b) -> text.equals(b.getText())).queryButton();
    }

    private MenuItem item(ContextMenu menu, String id) {
        return menu.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElse(null);
    }

    @Test
    void contextMenuOfAGlobalServiceOffersScaleDisabledWithTheReason(FxRobot robot) throws Exception {
        until(() -> view.tree().find("s-agent") != null);
        openMenu(robot, "agent");
        until(() -> view.tree().getContextMenu() != null && view.tree().getContextMenu().isShowing());
        ContextMenu menu = view.tree().getContextMenu();
        MenuItem scale = fx(() -> item(menu, "action-SCALE"));
        assertNotNull(scale, "Scale is offered on a service");
        assertTrue(scale.isDisable(), "Scale is disabled for a global service");
        MenuItem reason = fx(() -> item(menu, "reason-SCALE"));
        assertNotNull(reason, "the reason is shown under the disabled item");
        assertTrue(reason.getText().contains("global service"), reason.getText());
        assertFalse(fx(() -> item(menu, "action-UPDATE").isDisable()), "a global service can still be updated");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);

        // the toolbar says why too
        assertTrue(fx(() -> ((Button) robot.lookup("#tool-SCALE").query()).isDisable()));
        assertTrue(fx(() -> ((Label) robot.lookup("#actions-reason").query()).getText().contains("global service")));
    }

    @Test
    void aReplicatedServiceCanBeScaledFromTheMenu(FxRobot robot) throws Exception {
        until(() -> view.tree().find("s-loose") != null);
        openMenu(robot, "loner");
        until(() -> view.tree().getContextMenu() != null && view.tree().getContextMenu().isShowing());
        MenuItem scale = fx(() -> item(view.tree().getContextMenu(), "action-SCALE"));
        assertFalse(scale.isDisable());
        assertTrue(fx(() -> item(view.tree().getContextMenu(), "reason-SCALE") == null));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void removingAServiceAsksFirstAndNamesIt(FxRobot robot) throws Exception {
        until(() -> view.tree().find("s-loose") != null);
        robot.clickOn(rowOf(robot, "loner"));
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        until(() -> robot.lookup("#confirm-text").tryQuery().isPresent());
        String text = fx(() -> ((Label) robot.lookup("#confirm-text").query()).getText());
        assertTrue(text.contains("Remove the service loner"), text);
        robot.clickOn(dialogButton(robot, "Cancel"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(calls.stream().noneMatch(c -> c.startsWith("ServiceOperations.remove")), "cancel removes nothing: " + calls);

        robot.clickOn(rowOf(robot, "loner"));
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        until(() -> robot.lookup("#confirm-text").tryQuery().isPresent());
        robot.clickOn(dialogButton(robot, "Remove"));
        until(() -> calls.contains("ServiceOperations.remove[loner]"));
        assertEquals(1, calls.stream().filter(c -> c.startsWith("ServiceOperations.remove")).count());
    }

    @Test
    void anUpdateThatChangesNoActionKeepsTheToolbarAsItIs(FxRobot robot) throws Exception {
        until(() -> view.tree().find("s-loose") != null);
        robot.clickOn(rowOf(robot, "loner"));
        until(() -> robot.lookup("#tool-SCALE").tryQuery().isPresent());
        Node before = fx(() -> robot.lookup("#tool-SCALE").query());
        InventorySnapshot shown = fx(() -> vm.inventory().snapshotProperty().get());

        // a new snapshot (another container's event) that leaves the selection's actions as they were
        InventorySnapshot s = engine.snapshot.get();
        engine.snapshot.set(new InventorySnapshot(s.takenAt().plusSeconds(1), s.engine(), s.stacks(), s.services(),
                s.tasks(), s.composeProjects(), s.standaloneContainers(), s.containers(), s.nodes()));
        engine.push("container", "start");
        until(() -> fx(() -> vm.inventory().snapshotProperty().get()) != shown);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(fx(() -> robot.lookup("#tool-SCALE").query()) == before,
                "the toolbar's buttons are not made again when the actions did not change");
    }
}
