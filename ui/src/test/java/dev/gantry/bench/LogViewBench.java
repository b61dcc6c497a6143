package dev.gantry.bench;

import dev.gantry.adapter.api.logs.LogLine;
import dev.gantry.adapter.api.logs.LogStreamKind;
import dev.gantry.adapter.api.stats.ContainerStats;
import dev.gantry.ui.concurrent.FxBackgroundExecutor;
import dev.gantry.ui.logs.LogRow;
import dev.gantry.ui.logs.LogView;
import dev.gantry.ui.logs.LogViewModel;
import dev.gantry.ui.stats.ContainerChartsView;
import dev.gantry.ui.stats.ContainerStatsViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * UI benchmarks, headless (Monocle), run by scripts/bench-logs.sh: time from handing a 1M-line log
 * to the view until its last screen is shown, and peak RSS with that log and 10 charts of an
 * hour's history open. Not a test.
 */
public final class LogViewBench {

    private static final int LINES = 1_000_000;

    public static void main(String[] args) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        FxBackgroundExecutor exec = new FxBackgroundExecutor();
        if (args.length > 0 && args[0].equals("rss")) {
            openStreaming(exec);
            System.gc();
            Thread.sleep(500);
            result("peak_rss_1m_lines_10_charts_mb", peakRssMb(), "MB");
            result("heap_used_after_gc_mb", (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1048576.0, "MB");
            if (Boolean.getBoolean("gantry.bench.histogram")) {
                printHistogram();
            }
        } else {
            List<Double> openMs = new ArrayList<>();
            for (int run = 0; run < 5; run++) {
                openMs.add(openOnce(exec, lines(), false));
            }
            openMs.sort(Double::compare);
            result("open_1m_lines_last_screen_ms", openMs.get(openMs.size() / 2), "ms");
        }
        System.exit(0);
    }

    private static Stage stage;

    /** Opens a view with the lines; the last run keeps the view and adds 10 charts. */
    private static double openOnce(FxBackgroundExecutor exec, List<LogLine> lines, boolean withCharts) throws Exception {
        CompletableFuture<LogViewModel> made = new CompletableFuture<>();
        Platform.runLater(() -> {
            if (stage != null) {
                ((LogView) ((VBox) stage.getScene().getRoot()).getChildren().get(0)).close();
                stage.close();
            }
            LogViewModel vm = new LogViewModel(exec, 1_000_000);
            LogView view = new LogView(vm);
            VBox root = new VBox(view);
            stage = new Stage();
            stage.setScene(new Scene(root, 1200, 900));
            stage.show();
            made.complete(vm);
        });
        LogViewModel vm = made.get(30, TimeUnit.SECONDS);
        long t0 = System.nanoTime();
        vm.listener().onLines(lines);
        String last = lines.get(lines.size() - 1).text();
        while (true) {
            CompletableFuture<Boolean> shown = new CompletableFuture<>();
            Platform.runLater(() -> shown.complete(stage.getScene().getRoot().lookupAll(".log-cell").stream()
                    .map(n -> ((ListCell<?>) n).getItem())
                    .anyMatch(i -> i instanceof LogRow r && r.text().equals(last))));
            if (shown.get(60, TimeUnit.SECONDS)) {
                break;
            }
            Thread.sleep(2);
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        if (withCharts) {
            addCharts(exec);
        }
        return ms;
    }

    /**
     * Like a stream: 1M lines arrive in chunks of 10,000 made on the fly, then 10 charts open. Paced
     * (default) sends a chunk once the view has taken the one before, as a stream the view keeps up
     * with does (the engine delivers about 100k lines/s; this still runs several times faster).
     * {@code -Dgantry.bench.unpaced=true} sends a chunk every 5 ms whether or not the view took the
     * last, the way this bench ran until 2026-12-04: then up to a few hundred thousand lines wait in
     * the queue as garbage-to-be, so the peak measures that backlog as much as the view.
     */
    private static void openStreaming(FxBackgroundExecutor exec) throws Exception {
        boolean unpaced = Boolean.getBoolean("gantry.bench.unpaced");
        CompletableFuture<LogViewModel> made = new CompletableFuture<>();
        Platform.runLater(() -> {
            LogViewModel vm = new LogViewModel(exec, 1_000_000);
            stage = new Stage();
            stage.setScene(new Scene(new VBox(new LogView(vm)), 1200, 900));
            stage.show();
            made.complete(vm);
        });
        LogViewModel vm = made.get(30, TimeUnit.SECONDS);
        Instant t = Instant.parse("2026-11-25T05:00:00Z");
        for (int from = 0; from < LINES; from += 10_000) {
            List<LogLine> chunk = new ArrayList<>(10_000);
            for (int i = from; i < from + 10_000; i++) {
                chunk.add(line(t, i));
            }
            vm.listener().onLines(chunk);
            if (unpaced) {
                Thread.sleep(5);
            } else {
                awaitRows(vm, from);
            }
        }
        awaitRows(vm, LINES);
        addCharts(exec);
    }

    private static void awaitRows(LogViewModel vm, int atLeast) throws Exception {
        while (true) {
            CompletableFuture<Integer> size = new CompletableFuture<>();
            Platform.runLater(() -> size.complete(vm.rows().size()));
            if (size.get(60, TimeUnit.SECONDS) >= atLeast) {
                return;
            }
            Thread.sleep(2);
        }
    }

    private static LogLine line(Instant t, int i) {
        return new LogLine(t.plusNanos(i * 1000L), i % 20 == 0 ? LogStreamKind.STDERR : LogStreamKind.STDOUT,
                "web." + (i % 3 + 1), "level=info msg=\"request handled\" status=200 path=/api/orders/" + i + " duration=12ms");
    }

    private static void addCharts(FxBackgroundExecutor exec) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            FlowPane charts = new FlowPane();
            Instant t0 = Instant.parse("2026-11-25T05:00:00Z");
            for (int c = 0; c < 10; c++) {
                ContainerStatsViewModel svm = new ContainerStatsViewModel(exec, Duration.ofHours(1));
                for (int i = 0; i < 3600; i++) {
                    svm.history().add(new ContainerStats("id" + c, "web." + c, t0.plusSeconds(i), (i * 7 + c) % 100,
                            (32L << 20) + i * 1000L, 256L << 20, 12.5, i % 50 * 100, i % 30 * 100, 0, i % 10 * 4096, 0, 0, 0, 0, 3));
                }
                ContainerChartsView v = new ContainerChartsView(svm);
                v.redraw();
                charts.getChildren().add(v);
            }
            ((VBox) stage.getScene().getRoot()).getChildren().add(charts);
            done.complete(null);
        });
        done.get(60, TimeUnit.SECONDS);
        // a few frames so the charts are laid out and rendered
        for (int i = 0; i < 10; i++) {
            CompletableFuture<Void> f = new CompletableFuture<>();
            Platform.runLater(() -> f.complete(null));
            f.get();
            Thread.sleep(50);
        }
    }

    private static List<LogLine> lines() {
        List<LogLine> out = new ArrayList<>(LINES);
        Instant t = Instant.parse("2026-11-25T05:00:00Z");
        for (int i = 0; i < LINES; i++) {
            out.add(line(t, i));
        }
        return out;
    }

    /** The top of this JVM's class histogram (jcmd GC.class_histogram), to see what holds the heap. */
    private static void printHistogram() throws Exception {
        Process p = new ProcessBuilder("jcmd", String.valueOf(ProcessHandle.current().pid()), "GC.class_histogram")
                .redirectErrorStream(true).start();
        new String(p.getInputStream().readAllBytes()).lines().limit(25).forEach(l -> System.out.println("HISTO " + l));
        p.waitFor();
    }

    private static double peakRssMb() throws Exception {
        for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (l.startsWith("VmHWM:")) {
                return Long.parseLong(l.replaceAll("\\D", "")) / 1024.0;
            }
        }
        return -1;
    }

    private static void result(String key, double v, String unit) {
        System.out.printf(Locale.ROOT, "RESULT %s %.3f %s%n", key, v, unit);
    }
}
