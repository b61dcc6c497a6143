package dev.gantry.ui.stats;

import dev.gantry.adapter.api.stats.ContainerStats;
import dev.gantry.adapter.stats.StatsHistory;
import java.io.File;
import java.util.List;
import java.util.Locale;
import java.time.Duration;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;

/**
 * CPU, memory, network and block I/O charts of one container over its history window. Line charts
 * without animation or symbols, fed at most {@link #MAX_POINTS} points (the history is averaged
 * down), redrawn once per sample.
 */
public final class ContainerChartsView extends BorderPane {

    static final int MAX_POINTS = 240;
    private final ContainerStatsViewModel vm;
    private final LineChart<Number, Number> cpu = chart("CPU %", "cpu");
    private final LineChart<Number, Number> memory = chart("Memory MiB", "memory");
    private final LineChart<Number, Number> network = chart("Network KiB/s", "network");
    private final LineChart<Number, Number> block = chart("Block I/O KiB/s", "block");
    private final Label summary = new Label();

    public ContainerChartsView(ContainerStatsViewModel vm) {
        this.vm = vm;
        getStyleClass().add("container-charts");
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(6);
        grid.add(cpu, 0, 0);
        grid.add(memory, 1, 0);
        grid.add(network, 0, 1);
        grid.add(block, 1, 1);
        String window = window(vm.history().retention());
        for (LineChart<?, ?> c : List.of(cpu, memory, network, block)) {
            c.getXAxis().setLabel(window);
            GridPane.setHgrow(c, Priority.ALWAYS);
            GridPane.setVgrow(c, Priority.ALWAYS);
        }
        Button csv = new Button("Export CSV…");
        csv.setId("stats-export");
        csv.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName("stats.csv");
            File f = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
            if (f != null) {
                vm.exportCsv(f.toPath());
            }
        });
        summary.setId("stats-summary");
        Label status = new Label();
        status.textProperty().bind(vm.statusProperty());
        // the summary wraps in the narrow detail pane; the button keeps its label
        summary.setWrapText(true);
        summary.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(summary, Priority.ALWAYS);
        csv.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(10, summary, csv, status);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(4));
        setTop(top);
        // The charts fill the tab when it is tall enough and scroll when it is not: without this the
        // lower row ran past the bottom of the window on a 900-pixel screen.
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(grid);
        scroll.setId("stats-scroll");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("edge-to-edge");
        setCenter(scroll);
        setMinHeight(0);
        vm.versionProperty().addListener((o, a, b) -> redraw());
        redraw();
    }

    private static LineChart<Number, Number> chart(String title, String id) {
        NumberAxis x = new NumberAxis();
        x.setForceZeroInRange(false);
        x.setTickLabelsVisible(false);
        NumberAxis y = new NumberAxis();
        y.setForceZeroInRange(true);
        LineChart<Number, Number> c = new LineChart<>(x, y);
        c.setId("chart-" + id);
        c.setTitle(title);
        c.setAnimated(false);
        c.setCreateSymbols(false);
        c.setLegendVisible(true);
        c.setMinSize(200, 140);
        c.setPrefSize(360, 200);
        return c;
    }

    /** The x axis' name: the time the history keeps ("last 15 minutes"). */
    static String window(Duration kept) {
        long minutes = kept.toMinutes();
        if (minutes == 60) {
            return "last hour";
        }
        if (minutes >= 120 && minutes % 60 == 0) {
            return "last " + minutes / 60 + " hours";
        }
        return minutes >= 1 ? "last " + minutes + (minutes == 1 ? " minute" : " minutes") : "last " + kept.toSeconds() + " s";
    }

    /** Redraws from the history (UI thread). */
    public void redraw() {
        List<StatsHistory.Point> pts = Downsample.average(vm.history().points(), MAX_POINTS);
        cpu.getData().setAll(List.of(series("CPU %", pts, p -> p.cpuPercent())));
        ContainerStats s = vm.latestProperty().get();
        boolean limited = s != null && vm.hasMemoryLimit(s);
        memory.getData().setAll(limited
                ? List.of(series("used", pts, p -> p.memoryUsed() / 1048576.0),
                        series("limit", pts, p -> p.memoryLimit() / 1048576.0))
                : List.of(series("used (no limit)", pts, p -> p.memoryUsed() / 1048576.0)));
        network.getData().setAll(List.of(series("rx", pts, p -> p.netRxPerSec() / 1024),
                series("tx", pts, p -> p.netTxPerSec() / 1024)));
        block.getData().setAll(List.of(series("read", pts, p -> p.blockReadPerSec() / 1024),
                series("write", pts, p -> p.blockWritePerSec() / 1024)));
        summary.setText(s == null ? "Waiting for the first sample…" : String.format(Locale.ROOT,
                "%s  CPU %.1f%%  memory %s  net %.1f / %.1f KiB/s  block %.1f / %.1f KiB/s",
                s.containerName(), s.cpuPercent(), limited
                        ? String.format(Locale.ROOT, "%.1f / %.1f MiB (%.1f%%)", s.memoryUsed() / 1048576.0,
                                s.memoryLimit() / 1048576.0, s.memoryPercent())
                        : String.format(Locale.ROOT, "%.1f MiB (no limit)", s.memoryUsed() / 1048576.0),
                s.netRxPerSec() / 1024, s.netTxPerSec() / 1024, s.blockReadPerSec() / 1024, s.blockWritePerSec() / 1024));
    }

    private static XYChart.Series<Number, Number> series(String name, List<StatsHistory.Point> pts,
                                                          java.util.function.ToDoubleFunction<StatsHistory.Point> f) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(name);
        List<XYChart.Data<Number, Number>> data = new java.util.ArrayList<>(pts.size());
        for (StatsHistory.Point p : pts) {
            data.add(new XYChart.Data<>(p.timeMillis() / 1000.0, f.applyAsDouble(p)));
        }
        s.getData().setAll(data);
        return s;
    }

    public ContainerStatsViewModel viewModel() {
        return vm;
    }
}
