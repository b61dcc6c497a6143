package dev.gantry.ui.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.logs.LogLine;
import dev.gantry.adapter.api.logs.LogStreamKind;
import dev.gantry.ui.concurrent.FxBackgroundExecutor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The log view headless: virtualization with 1M lines, a 200k-character line, search highlight. */
@ExtendWith(ApplicationExtension.class)
class LogViewFxTest {

    private LogView view;
    private LogViewModel vm;

    @Start
    void start(Stage stage) {
        vm = new LogViewModel(new FxBackgroundExecutor(), 1_000_000);
        view = new LogView(vm);
        stage.setScene(new Scene(view, 1000, 600));
        stage.show();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> c) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(c.call());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        return f.get(60, TimeUnit.SECONDS);
    }

    private static List<LogLine> lines(int from, int n) {
        List<LogLine> out = new ArrayList<>(n);
        Instant t = Instant.parse("2026-11-25T05:00:00Z");
        for (int i = from; i < from + n; i++) {
            out.add(new LogLine(t.plusMillis(i), i % 10 == 0 ? LogStreamKind.STDERR : LogStreamKind.STDOUT, "web." + (i % 3 + 1),
                    "request " + i + (i % 1000 == 0 ? " \u001b[31mfailed\u001b[0m" : " ok")));
        }
        return out;
    }

    @Test
    void millionLinesOnlyVisibleCellsAreLaidOutAndTheLastScreenShows() throws Exception {
        vm.listener().onLines(lines(0, 1_000_000));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.rows().size() == 1_000_000);
        WaitForAsyncUtils.waitForFxEvents();
        int cells = onFx(() -> view.list().lookupAll(".log-cell").size());
        assertTrue(cells < 100, "virtualized: " + cells + " cells for 1M rows");
        boolean lastShown = onFx(() -> view.list().lookupAll(".log-cell").stream()
                .map(n -> ((LogCell) n).getItem()).anyMatch(r -> r != null && r.text().startsWith("request 999999 ")));
        assertTrue(lastShown, "following shows the last line: " + onFx(() -> view.list().lookupAll(".log-cell").stream()
                .map(n -> ((LogCell) n).getItem()).filter(java.util.Objects::nonNull).map(LogRow::text).toList()));
        Set<Node> ansiFree = onFx(() -> view.list().lookupAll(".log-text"));
        assertFalse(ansiFree.stream().anyMatch(n -> ((javafx.scene.text.Text) n).getText().contains("\u001b")));
    }

    @Test
    void aTwoHundredThousandCharacterLineKeepsTheViewResponsive() throws Exception {
        vm.listener().onLines(lines(0, 1000));
        String huge = "y".repeat(200_000);
        long t0 = System.nanoTime();
        vm.listener().onLines(List.of(new LogLine(Instant.now(), LogStreamKind.STDOUT, "web.1", huge)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.rows().size() == 1001);
        // the UI thread answers promptly and the line shows cut, with an expand link
        for (int i = 0; i < 5; i++) {
            long r0 = System.nanoTime();
            onFx(() -> true);
            assertTrue(System.nanoTime() - r0 < TimeUnit.SECONDS.toNanos(5), "UI thread responsive");
        }
        WaitForAsyncUtils.waitForFxEvents();
        Hyperlink expand = onFx(() -> (Hyperlink) view.list().lookup(".log-expand"));
        assertTrue(expand != null && expand.getText().contains("200,000 characters"), "expand link shown");
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        assertTrue(millis < 30_000, "appended and shown in " + millis + " ms");
        int longest = onFx(() -> view.list().lookupAll(".log-text").stream()
                .mapToInt(n -> ((javafx.scene.text.Text) n).getText().length()).max().orElse(0));
        assertTrue(longest <= LogCell.MAX_SHOWN, "cut to " + LogCell.MAX_SHOWN + ": " + longest);
    }

    @Test
    void searchHighlightsHitsAndOnlyMatchingFilters() throws Exception {
        vm.listener().onLines(lines(0, 20_000));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.rows().size() == 20_000);
        onFx(() -> {
            vm.searchTextProperty().set("fail\\w+");
            vm.search();
            return null;
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.matchCountProperty().get() == 20);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(19_000, onFx(() -> vm.currentMatchRowProperty().get()).intValue());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> !view.list().lookupAll(".log-hit").isEmpty()));
        onFx(() -> {
            vm.onlyMatchingProperty().set(true);
            return null;
        });
        assertEquals(20, onFx(() -> view.list().getItems().size()).intValue());
    }
}
