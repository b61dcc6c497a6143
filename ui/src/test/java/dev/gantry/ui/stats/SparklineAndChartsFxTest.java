package dev.gantry.ui.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.stats.ContainerStats;
import dev.gantry.ui.concurrent.FxBackgroundExecutor;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class SparklineAndChartsFxTest {

    private ContainerStatsViewModel vm;
    private ContainerChartsView charts;
    private Sparkline spark;

    @Start
    void start(Stage stage) {
        vm = new ContainerStatsViewModel(new FxBackgroundExecutor(), Duration.ofHours(1));
        charts = new ContainerChartsView(vm);
        spark = new Sparkline();
        stage.setScene(new Scene(new VBox(spark, charts), 900, 600));
        stage.show();
    }

    @Test
    void chartsShowTheHistoryDownsampledAndSparklineHoldsValues() throws Exception {
        Instant t0 = Instant.parse("2026-11-25T05:00:00Z");
        for (int i = 0; i < 3600; i++) {
            vm.accept(new ContainerStats("id", "web.1", t0.plusSeconds(i), i % 100, 1 << 20, 64 << 20, 1.5, 10, 20, 0, 0,
                    0, 0, 0, 0, 1));
        }
        WaitForAsyncUtils.waitForFxEvents();
        CompletableFuture<Integer> points = new CompletableFuture<>();
        Platform.runLater(() -> {
            charts.redraw();
            @SuppressWarnings("unchecked")
            LineChart<Number, Number> cpu = (LineChart<Number, Number>) charts.lookup("#chart-cpu");
            points.complete(cpu.getData().get(0).getData().size());
            spark.setValues(vm.history().last(60, dev.gantry.adapter.stats.StatsHistory.Figure.CPU));
        });
        int n = points.get(30, TimeUnit.SECONDS);
        assertTrue(n <= ContainerChartsView.MAX_POINTS && n > 100, "downsampled to " + n);
        assertEquals(3600, vm.history().size());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(60, spark.values().length);
        assertTrue(((javafx.scene.control.Label) charts.lookup("#stats-summary")).getText().contains("web.1"));
    }

    @Test
    void aContainerWithoutALimitIsNotDrawnAgainstTheHostsMemory() throws Exception {
        long host = 24L << 30;
        Instant t0 = Instant.parse("2026-11-25T05:00:00Z");
        CompletableFuture<List<String>> series = new CompletableFuture<>();
        Platform.runLater(() -> {
            vm.setHostMemory(host);
            vm.accept(new ContainerStats("id", "db.1", t0, 1, 100 << 20, host, 0.4, 0, 0, 0, 0, 0, 0, 0, 0, 1));
            charts.redraw();
            @SuppressWarnings("unchecked")
            LineChart<Number, Number> memory = (LineChart<Number, Number>) charts.lookup("#chart-memory");
            List<String> names = new java.util.ArrayList<>(memory.getData().stream().map(x -> x.getName()).toList());
            names.add(((javafx.scene.control.Label) charts.lookup("#stats-summary")).getText());
            vm.accept(new ContainerStats("id", "db.1", t0.plusSeconds(2), 1, 100 << 20, 512L << 20, 19.5, 0, 0, 0, 0, 0, 0,
                    0, 0, 1));
            charts.redraw();
            names.addAll(memory.getData().stream().map(x -> x.getName()).toList());
            series.complete(names);
        });
        List<String> got = series.get(30, TimeUnit.SECONDS);
        assertEquals("used (no limit)", got.get(0));
        assertTrue(got.get(1).contains("100.0 MiB (no limit)"), got.get(1));
        assertEquals(List.of("used", "limit"), got.subList(2, 4), "a real limit is drawn");
    }
}
