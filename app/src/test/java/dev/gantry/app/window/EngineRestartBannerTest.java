package dev.gantry.app.window;

import static dev.gantry.app.window.AppHarness.fx;
import static dev.gantry.app.window.AppHarness.within;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.testing.TestEngine;
import dev.gantry.ui.inventory.Badge;
import dev.gantry.ui.inventory.InventoryRow;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javafx.css.PseudoClass;
import javafx.scene.control.TreeItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The one UI test that restarts the shared engine: the banner shows, the window recovers by itself. */
@ExtendWith(ApplicationExtension.class)
class EngineRestartBannerTest {

    private static final String NAME = "gt-ui-" + UUID.randomUUID().toString().substring(0, 8) + "-keeper";
    private AppHarness app;

    @Start
    void start(Stage stage) {
        app = AppHarness.start(stage, List.of(TestEngine.profile()));
    }

    @AfterEach
    void close() {
        app.close();
        TestEngine.dockerResult("rm", "-f", NAME);
    }

    private InventoryRow row() {
        TreeItem<InventoryRow> i = app.row(NAME);
        return i == null ? null : i.getValue();
    }

    @Test
    void bannerWhileTheEngineIsGoneThenTheTreeRecovers(FxRobot robot) throws Exception {
        TestEngine.docker("run", "-d", "--restart", "unless-stopped", "--name", NAME, "gantry-test/busybox:1");
        assertTrue(within(Duration.ofSeconds(60), () -> row() != null && row().badge() == Badge.RUNNING));

        CompletableFuture<Void> restart = CompletableFuture.runAsync(TestEngine::restart);
        assertTrue(within(Duration.ofSeconds(60), () -> robot.lookup("#lost-banner").query().isVisible()),
                "the banner appears while the engine is away");
        assertTrue(fx(() -> app.view.tree().getPseudoClassStates().contains(PseudoClass.getPseudoClass("stale"))),
                "the last known state stays, greyed");
        assertTrue(fx(() -> row() != null), "the last known rows are kept");
        restart.get();

        assertTrue(within(Duration.ofSeconds(90), () -> !robot.lookup("#lost-banner").query().isVisible()),
                "the banner goes once the engine is back");
        String state = TestEngine.docker("inspect", "-f", "{{.State.Status}}", NAME);
        assertTrue(within(Duration.ofSeconds(30), () -> row() != null
                && row().badge() == ("running".equals(state) ? Badge.RUNNING : row().badge())
                && !app.view.tree().getPseudoClassStates().contains(PseudoClass.getPseudoClass("stale"))),
                "the tree matches the engine again (" + state + ")");
        assertTrue(within(Duration.ofSeconds(60), () -> row() != null && row().badge() == Badge.RUNNING),
                "the restart-policy container runs again and the tree says so");
    }
}
