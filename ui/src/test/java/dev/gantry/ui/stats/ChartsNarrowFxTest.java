package dev.gantry.ui.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.stats.ContainerStats;
import dev.gantry.ui.concurrent.FxBackgroundExecutor;
import dev.gantry.ui.fx.ShownText;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The charts as wide as the detail pane, holding the 15 minutes the main window keeps. */
@ExtendWith(ApplicationExtension.class)
class ChartsNarrowFxTest {

    private ContainerStatsViewModel vm;
    private ContainerChartsView charts;

    @Start
    void start(Stage stage) {
        vm = new ContainerStatsViewModel(new FxBackgroundExecutor(), Duration.ofMinutes(15));
        charts = new ContainerChartsView(vm);
        stage.setScene(new Scene(charts, 520, 700));
        stage.show();
    }

    @Test
    void theSummaryAndTheExportButtonShowInFullAndTheAxisNamesTheWindowKept() throws Exception {
        vm.accept(new ContainerStats("id", "gantry-demo_api.1.m8zny3iyqub1hfb3f226zuydf", Instant.parse("2026-12-04T16:38:00Z"),
                2.7, 24 << 20, 64L << 30, 0.1, 1024, 2048, 0, 0, 0, 0, 0, 0, 1));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> clipped = WaitForAsyncUtils.asyncFx(() -> {
            charts.redraw();
            charts.applyCss();
            charts.layout();
            return ShownText.clipped(charts);
        }).get(30, TimeUnit.SECONDS);
        assertEquals(List.of(), clipped);
        // read on the FX thread: text layout is not thread-safe (CI hit an NPE inside PrismTextLayout)
        double[] heights = WaitForAsyncUtils.asyncFx(() -> {
            Label summary = (Label) charts.lookup("#stats-summary");
            return new double[] {summary.isWrapText() ? 1 : 0, summary.getHeight(), summary.prefHeight(summary.getWidth())};
        }).get(30, TimeUnit.SECONDS);
        assertTrue(heights[0] == 1 && heights[1] >= heights[2] - 1,
                "the summary wraps and gets the height it needs: " + heights[1] + " of " + heights[2]);
        String axis = WaitForAsyncUtils.asyncFx(() -> ((LineChart<?, ?>) charts.lookup("#chart-cpu")).getXAxis().getLabel())
                .get(30, TimeUnit.SECONDS);
        assertEquals("last 15 minutes", axis);
    }
}
