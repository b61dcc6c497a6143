package dev.gantry.adapter.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gantry.adapter.api.logs.LogLine;
import dev.gantry.adapter.api.logs.LogStreamKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogIngestQueueTest {

    private static LogLine line(String text) {
        return new LogLine(null, LogStreamKind.STDOUT, "c", text);
    }

    @Test
    void drainsEveryBatchInArrivalOrderAndCountsPendingLines() {
        LogIngestQueue q = new LogIngestQueue();
        q.onLines(List.of(line("a"), line("b")));
        q.onLines(List.of());
        q.onLines(List.of(line("c")));
        assertEquals(3, q.pending());
        assertEquals(List.of("a", "b", "c"), q.drain().stream().map(LogLine::text).toList());
        assertEquals(0, q.pending());
        assertEquals(List.of(), q.drain());
    }
}
