package dev.gantry.ui.stats;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.stats.ContainerStats;
import dev.gantry.ui.concurrent.FxBackgroundExecutor;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** In a short detail pane the charts stay inside it and scroll, instead of running past the window's bottom. */
@ExtendWith(ApplicationExtension.class)
class ChartsFitFxTest {

    private static final double HEIGHT = 420;
    private ContainerStatsViewModel vm;
    private ContainerChartsView charts;

    @Start
    void start(Stage stage) {
        vm = new ContainerStatsViewModel(new FxBackgroundExecutor(), Duration.ofMinutes(15));
        charts = new ContainerChartsView(vm);
        Region header = new Region();
        header.setMinHeight(150);
        VBox pane = new VBox(header, charts); // as the detail pane holds its tabs
        VBox.setVgrow(charts, Priority.ALWAYS);
        stage.setScene(new Scene(pane, 560, HEIGHT));
        stage.show();
    }

    @Test
    void theChartsStayInsideAShortPane() throws Exception {
        vm.accept(new ContainerStats("id", "gantry-demo_api.1.m8zny3iyqub1hfb3f226zuydf", Instant.parse("2026-12-04T16:38:00Z"),
                2.7, 24 << 20, 64L << 20, 37.5, 1024, 2048, 0, 0, 0, 0, 0, 0, 1));
        WaitForAsyncUtils.waitForFxEvents();
        double bottom = WaitForAsyncUtils.asyncFx(() -> {
            charts.redraw();
            charts.getScene().getRoot().applyCss();
            charts.getScene().getRoot().layout();
            return charts.localToScene(charts.getLayoutBounds()).getMaxY();
        }).get(30, TimeUnit.SECONDS);
        assertTrue(bottom <= HEIGHT + 0.5, "the charts end at " + bottom + ", below the window's " + HEIGHT);
    }
}
