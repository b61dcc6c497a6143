package dev.gantry.app.window;

import static dev.gantry.app.window.AppHarness.fx;
import static dev.gantry.app.window.AppHarness.within;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.testing.TestEngine;
import dev.gantry.ui.inventory.InventoryRow;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Scaling a service through the main window (Ctrl+Shift+S, the Scale dialog) changes it on the real engine. */
@ExtendWith(ApplicationExtension.class)
class ScaleFromWindowLiveTest {

    private static final String SERVICE = "gt-integ-" + UUID.randomUUID().toString().substring(0, 8);
    private AppHarness app;

    @BeforeAll
    static void create() {
        TestEngine.docker("service", "create", "--detach", "--name", SERVICE, "--replicas", "1", "gantry-test/busybox:1");
    }

    @AfterAll
    static void remove() {
        TestEngine.dockerResult("service", "rm", SERVICE);
    }

    @Start
    void start(Stage stage) {
        app = AppHarness.start(stage, List.of(TestEngine.profile()));
    }

    @AfterEach
    void close() {
        app.close();
    }

    private String engineReplicas() {
        return TestEngine.docker("service", "inspect", "--format", "{{.Spec.Mode.Replicated.Replicas}}", SERVICE).strip();
    }

    @Test
    void ctrlShiftSOpensScaleAndTheServiceGetsThreeReplicas(FxRobot robot) {
        assertTrue(within(Duration.ofSeconds(90), () -> app.row(SERVICE) != null), "the service shows up");
        fx(() -> {
            TreeItem<InventoryRow> item = app.row(SERVICE);
            app.view.tree().getSelectionModel().select(item);
            app.view.tree().requestFocus();
            return null;
        });
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S).release(KeyCode.S, KeyCode.SHIFT, KeyCode.CONTROL);
        assertTrue(within(Duration.ofSeconds(20), () -> robot.lookup("#replicas").tryQuery().isPresent()),
                "the Scale dialog opens");
        fx(() -> {
            TextField f = robot.lookup("#replicas").queryAs(TextField.class);
            f.setText("3");
            return null;
        });
        robot.clickOn("#scale");
        assertTrue(pollEngine(), "the engine's spec says 3 replicas");
        assertTrue(within(Duration.ofSeconds(120), () -> {
            InventoryRow r = app.row(SERVICE).getValue();
            return r.desired() == 3 && r.running() == 3;
        }), "the window shows 3/3");
    }

    private boolean pollEngine() {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < end) {
            if ("3".equals(engineReplicas())) {
                return true;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
