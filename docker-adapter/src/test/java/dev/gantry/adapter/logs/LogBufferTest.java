package dev.gantry.adapter.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.logs.LogLine;
import dev.gantry.adapter.api.logs.LogStreamKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogBufferTest {

    private static LogLine line(int i) {
        return new LogLine(Instant.ofEpochSecond(1_700_000_000L + i, i), i % 2 == 0 ? LogStreamKind.STDOUT : LogStreamKind.STDERR,
                "src" + (i % 3), "line " + i);
    }

    @Test
    void lineCapHoldsItsLimitAndCountsTheDropped() {
        LogBuffer b = new LogBuffer(5000);
        List<LogLine> batch = new ArrayList<>();
        for (int i = 0; i < 12_345; i++) {
            batch.add(line(i));
        }
        int removed = b.append(batch);
        assertEquals(5000, b.size());
        assertEquals(7345, b.dropped());
        assertEquals(7345, removed);
        assertEquals("line 7345", b.text(0));
        assertEquals("line 12344", b.text(4999));
        assertEquals(7345, b.firstSeq());
        assertEquals(line(12344), b.line(4999));
        assertTrue(b.droppedMarker().contains("7,345 older lines dropped"), b.droppedMarker());
    }

    @Test
    void defaultCapIsOneMillionAndGrowthKeepsOrder() {
        LogBuffer b = new LogBuffer();
        assertEquals(1_000_000, b.cap());
        for (int i = 0; i < 3000; i++) {
            b.append(line(i));
        }
        assertNull(b.droppedMarker());
        for (int i = 0; i < 3000; i++) {
            assertEquals("line " + i, b.text(i));
            assertEquals("src" + (i % 3), b.source(i));
        }
        assertEquals(3, b.sourceNumber(2) + 1, "sources are interned in order of appearance");
    }

    @Test
    void clearKeepsSequenceNumbersGoingAndSnapshotsAreOrdered() {
        LogBuffer b = new LogBuffer(4);
        for (int i = 0; i < 6; i++) {
            b.append(line(i));
        }
        LogBuffer.Snapshot snap = b.snapshot();
        assertEquals(2, snap.firstSeq());
        assertEquals(4, snap.size());
        assertEquals(List.of("line 2", "line 3", "line 4", "line 5"), texts(snap));
        b.clear();
        assertEquals(0, b.size());
        assertEquals(6, b.firstSeq());
        b.append(line(9));
        assertEquals(0, b.indexOfSeq(6));
        assertEquals(-1, b.indexOfSeq(5));
    }

    private static List<String> texts(LogBuffer.Snapshot snap) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < snap.size(); i++) {
            out.add(snap.text(i));
        }
        return out;
    }

    @Test
    void badCapIsRefusedWithASentence() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new LogBuffer(0));
        assertTrue(e.getMessage().startsWith("The line cap must be at least 1"));
    }
}
