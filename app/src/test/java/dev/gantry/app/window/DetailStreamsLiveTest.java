package dev.gantry.app.window;

import static dev.gantry.app.window.AppHarness.fx;
import static dev.gantry.app.window.AppHarness.within;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.testing.TestEngine;
import dev.gantry.ui.logs.LogView;
import dev.gantry.ui.stats.ContainerChartsView;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The detail pane's Logs and Stats tabs stream the selected container while shown, and stop when hidden. */
@ExtendWith(ApplicationExtension.class)
class DetailStreamsLiveTest {

    private static final String NAME = "gt-integ-" + UUID.randomUUID().toString().substring(0, 8);
    private AppHarness app;

    @BeforeAll
    static void create() {
        TestEngine.docker("run", "-d", "--name", NAME, "gantry-test/busybox:1", "sh", "-c",
                "echo hello-from-" + "gantry; trap 'exit 0' TERM; while true; do sleep 1; done");
    }

    @AfterAll
    static void remove() {
        TestEngine.dockerResult("rm", "-f", NAME);
    }

    @Start
    void start(Stage stage) {
        app = AppHarness.start(stage, List.of(TestEngine.profile()));
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void logsTabShowsTheContainersLogAndStatsTabItsCharts() {
        assertTrue(within(Duration.ofSeconds(90), () -> app.row(NAME) != null), "the container shows up");
        fx(() -> {
            app.view.tree().getSelectionModel().select(app.row(NAME));
            app.view.detailTabs().getSelectionModel().select(app.view.logsTab());
            return null;
        });
        assertTrue(within(Duration.ofSeconds(30), () -> app.view.logsTab().getContent() instanceof LogView v
                && v.list().getItems().stream().anyMatch(r -> r.text().contains("hello-from-gantry"))), "the log line arrives");
        LogView shown = fx(() -> (LogView) app.view.logsTab().getContent());
        fx(() -> {
            app.view.detailTabs().getSelectionModel().select(app.view.statsTab());
            return null;
        });
        assertTrue(within(Duration.ofSeconds(5), () -> !(app.view.logsTab().getContent() instanceof LogView)),
                "hiding the Logs tab closes its stream");
        assertTrue(within(Duration.ofSeconds(30), () -> app.view.statsTab().getContent() instanceof ContainerChartsView c
                && c.viewModel().latestProperty().get() != null), "a stats sample arrives");
        assertTrue(shown != null);
    }
}
