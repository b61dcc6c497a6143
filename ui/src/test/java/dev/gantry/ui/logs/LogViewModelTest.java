package dev.gantry.ui.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.Subscription;
import dev.gantry.adapter.api.logs.LogLine;
import dev.gantry.adapter.api.logs.LogListener;
import dev.gantry.adapter.api.logs.LogRequest;
import dev.gantry.adapter.api.logs.LogStreamKind;
import dev.gantry.ui.concurrent.SameThreadExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogViewModelTest {

    private final LogViewModel vm = new LogViewModel(new SameThreadExecutor(), 1000);
    private final AtomicReference<LogListener> stream = new AtomicReference<>();
    private final List<LogRequest> requests = new ArrayList<>();
    private boolean closed;

    private void open() {
        vm.open((req, listener) -> {
            requests.add(req);
            stream.set(listener);
            return (Subscription) () -> closed = true;
        });
    }

    private static LogLine line(String text) {
        return new LogLine(Instant.parse("2026-11-25T05:00:00Z"), LogStreamKind.STDOUT, "web.1", text);
    }

    private void emit(String... texts) {
        List<LogLine> l = new ArrayList<>();
        for (String t : texts) {
            l.add(line(t));
        }
        stream.get().onLines(l);
    }

    @Test
    void streamLinesReachTheRowsOnlyAtThePulseInOneBatch() {
        open();
        assertEquals(new LogRequest(true, 1000, null), requests.get(0));
        emit("a", "b");
        emit("c");
        assertEquals(0, vm.rows().size());
        int[] changes = new int[1];
        vm.rows().addListener((javafx.collections.ListChangeListener<LogRow>) c -> changes[0]++);
        assertEquals(3, vm.pulse());
        assertEquals(1, changes[0], "one change per pulse");
        assertEquals(List.of("a", "b", "c"), vm.rows().stream().map(LogRow::text).toList());
        vm.close();
        assertTrue(closed, "closing the view model closes the stream");
    }

    @Test
    void capDropsOldestAndShowsTheMarker() {
        open();
        List<LogLine> many = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            many.add(line("l" + i));
        }
        stream.get().onLines(many);
        vm.pulse();
        assertEquals(1000, vm.rows().size());
        assertEquals("l500", vm.rows().get(0).text());
        assertTrue(vm.droppedMarkerProperty().get().startsWith("500 older lines dropped"), vm.droppedMarkerProperty().get());
    }

    @Test
    void searchNextPreviousAndOnlyMatching() {
        open();
        emit("GET /a 200", "GET /b 500", "POST /c 200", "GET /d 500");
        vm.pulse();
        vm.searchTextProperty().set("50\\d");
        vm.search();
        assertEquals(2, vm.matchCountProperty().get());
        assertEquals(3, vm.currentMatchRowProperty().get(), "starts at the last match");
        vm.next();
        assertEquals(1, vm.currentMatchRowProperty().get(), "wraps to the first");
        vm.previous();
        assertEquals(3, vm.currentMatchRowProperty().get());
        assertEquals("2 of 2 matches", vm.searchMessageProperty().get());

        vm.onlyMatchingProperty().set(true);
        assertEquals(List.of("GET /b 500", "GET /d 500"), vm.rows().stream().map(LogRow::text).toList());
        emit("PUT /e 503", "PUT /f 201");
        vm.pulse();
        assertEquals(List.of("GET /b 500", "GET /d 500", "PUT /e 503"), vm.rows().stream().map(LogRow::text).toList(),
                "new matching lines join the filtered view");
        assertEquals(3, vm.matchCountProperty().get());
        vm.onlyMatchingProperty().set(false);
        assertEquals(6, vm.rows().size());
    }

    @Test
    void badSearchAndBadTailGetSentences() {
        open();
        vm.searchTextProperty().set("a(b");
        vm.search();
        assertTrue(vm.searchMessageProperty().get().startsWith("The search \"a(b\" is not a valid regular expression"));
        vm.tailProperty().set("lots");
        vm.reload();
        assertEquals("Tail: enter a whole number of lines (0 or more) or \"all\", not \"lots\".", vm.statusProperty().get());
        vm.tailProperty().set("all");
        vm.sinceProperty().set("yesterday");
        vm.reload();
        assertTrue(vm.statusProperty().get().startsWith("Since: enter an age like 10m"));
        vm.sinceProperty().set("10m");
        vm.reload();
        assertNull(requests.get(requests.size() - 1).tail());
        assertTrue(requests.get(requests.size() - 1).since().isBefore(Instant.now().minusSeconds(590)));
    }

    @Test
    void pauseBuffersAndResumeAppendsInOrder() {
        open();
        emit("1");
        vm.pulse();
        vm.pausedProperty().set(true);
        emit("2", "3");
        vm.pulse();
        assertEquals(1, vm.rows().size(), "nothing shown while paused");
        assertTrue(vm.statusProperty().get().contains("2 new lines waiting"));
        vm.pausedProperty().set(false);
        assertEquals(List.of("1", "2", "3"), vm.rows().stream().map(LogRow::text).toList());
    }

    @Test
    void clearAndExportWhatIsShown(@TempDir Path dir) throws Exception {
        open();
        emit("\u001b[31mred\u001b[0m one", "two");
        vm.pulse();
        vm.timestampsProperty().set(false);
        Path f = dir.resolve("out.log");
        vm.export(f);
        assertEquals(List.of("web.1 | red one", "web.1 | two"), Files.readAllLines(f));
        assertTrue(vm.statusProperty().get().startsWith("Exported 2 lines"));
        vm.clear();
        assertEquals(0, vm.rows().size());
        emit("three");
        vm.pulse();
        assertEquals(1, vm.rows().size());
    }
}
