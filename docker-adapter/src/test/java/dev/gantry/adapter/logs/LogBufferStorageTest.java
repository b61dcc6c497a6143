package dev.gantry.adapter.logs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.logs.LogLine;
import dev.gantry.adapter.api.logs.LogStreamKind;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The packed storage behind {@link LogBuffer}: blocks, Latin-1 and UTF-16 texts, snapshots. */
class LogBufferStorageTest {

    private static final Instant T0 = Instant.parse("2026-12-06T05:00:00.123456789Z");

    private static LogLine line(int i, String text) {
        return new LogLine(T0.plusNanos(i * 1_001L), i % 5 == 0 ? LogStreamKind.STDERR : LogStreamKind.STDOUT, "web." + (i % 4), text);
    }

    private static LogLine line(int i) {
        return line(i, "line " + i + " level=info");
    }

    @Test
    void wrapsAroundTheCapAcrossManyBlocksKeepingEveryColumn() {
        int cap = 10_000;
        LogBuffer b = new LogBuffer(cap);
        int total = 5 * LogBlock.LINES + 1234;
        for (int i = 0; i < total; i++) {
            assertEquals(i < cap ? 0 : 1, b.append(line(i)));
        }
        assertEquals(cap, b.size());
        assertEquals(total - cap, b.firstSeq());
        assertEquals(total - cap, b.dropped());
        for (int idx = 0; idx < cap; idx++) {
            int i = total - cap + idx;
            assertEquals(line(i), b.line(idx), "line " + i);
            assertEquals(i % 4, b.sourceNumber(idx));
        }
        assertTrue(b.blocksHeld() <= cap / LogBlock.LINES + 2, "blocks whose lines all went are let go: " + b.blocksHeld());
        assertThrows(IndexOutOfBoundsException.class, () -> b.text(cap));
        assertThrows(IndexOutOfBoundsException.class, () -> b.text(-1));
    }

    @Test
    void aCapOfOneKeepsOnlyTheNewestLine() {
        LogBuffer b = new LogBuffer(1);
        for (int i = 0; i < 3 * LogBlock.LINES + 7; i++) {
            b.append(line(i));
            assertEquals(1, b.size());
            assertEquals("line " + i + " level=info", b.text(0));
            assertEquals(i, b.firstSeq());
        }
        assertTrue(b.blocksHeld() <= 1, "blocks held: " + b.blocksHeld());
    }

    @Test
    void textsBeyondLatin1RoundTripBesideLatin1AndEmptyLines() {
        List<String> texts = List.of(
                "plain ascii",
                "",
                "caf\u00e9 \u00ff \u00a0nbsp \u0080",
                "temp\u00e9rature \u2713 \u65e5\u672c\u8a9e",
                "emoji \ud83d\ude00 pair",
                "lone \ud800 surrogate",
                "",
                "\u001b[31mred\u001b[0m and \u4e2d",
                "tail");
        LogBuffer b = new LogBuffer();
        for (int i = 0; i < texts.size(); i++) {
            b.append(line(i, texts.get(i)));
        }
        LogBuffer.Snapshot snap = b.snapshot();
        for (int i = 0; i < texts.size(); i++) {
            assertEquals(texts.get(i), b.text(i));
            assertEquals(texts.get(i), snap.text(i));
            assertEquals(texts.get(i), snap.bind(i, new LineChars()).toString());
            assertEquals(line(i, texts.get(i)), b.line(i));
        }
        assertArrayEquals(new long[] {3, 7}, LogSearch.find(snap, Pattern.compile("[\u2713\u4e2d]")));
        assertArrayEquals(new long[] {4}, LogSearch.find(snap, Pattern.compile("\ud83d\ude00")));
        assertArrayEquals(new long[] {2, 3}, LogSearch.find(snap, LogSearch.compile("CAF\u00c9|TEMP\u00c9", false)));
        assertArrayEquals(new long[] {1, 6}, LogSearch.find(snap, Pattern.compile("^$")));
        assertArrayEquals(new long[] {7}, LogSearch.find(snap, Pattern.compile("red and")), "ANSI escapes are ignored");
    }

    @Test
    void veryLongLinesKeepEveryCharacter() {
        String longLatin = "a".repeat(150_000) + "\u00e9" + "z".repeat(150_000) + " needle";
        String longWide = "\u65e5".repeat(120_000) + " needle \u2713";
        LogBuffer b = new LogBuffer(3);
        b.append(line(0, "short"));
        b.append(line(1, longLatin));
        b.append(line(2, longWide));
        b.append(line(3, "after"));
        assertEquals(longLatin, b.text(0));
        assertEquals(longWide, b.text(1));
        assertEquals("after", b.text(2));
        assertArrayEquals(new long[] {1, 2}, LogSearch.find(b.snapshot(), Pattern.compile("needle")));
        LineChars chars = b.snapshot().bind(1, new LineChars());
        assertEquals(longWide.length(), chars.length());
        assertEquals(" needle", chars.subSequence(120_000, 120_007).toString());
        assertThrows(IndexOutOfBoundsException.class, () -> chars.charAt(longWide.length()));
    }

    @Test
    void snapshotsStayAsTheyWereAfterAppendsDropsAndClear() {
        LogBuffer b = new LogBuffer(LogBlock.LINES + 100);
        for (int i = 0; i < LogBlock.LINES + 50; i++) {
            b.append(line(i));
        }
        LogBuffer.Snapshot before = b.snapshot();
        for (int i = LogBlock.LINES + 50; i < 4 * LogBlock.LINES; i++) {
            b.append(line(i, i % 3 == 0 ? "wide \u2713 " + i : "later " + i));
        }
        LogBuffer.Snapshot middle = b.snapshot();
        b.clear();
        b.append(line(99, "after clear"));

        assertEquals(0, before.firstSeq());
        assertEquals(LogBlock.LINES + 50, before.size());
        for (int i = 0; i < before.size(); i++) {
            assertEquals("line " + i + " level=info", before.text(i));
        }
        assertEquals(0, LogSearch.find(before, Pattern.compile("later|after|\u2713")).length);
        assertEquals(4 * LogBlock.LINES - middle.size(), middle.firstSeq());
        assertEquals("later " + (4 * LogBlock.LINES - 2), middle.text(middle.size() - 2));
        assertEquals("wide \u2713 " + (4 * LogBlock.LINES - 1), middle.text(middle.size() - 1));
        assertEquals(1, b.size());
        assertEquals("after clear", b.text(0));
        assertEquals(4 * LogBlock.LINES, b.firstSeq());
        assertEquals(1, LogSearch.find(b.snapshot(), Pattern.compile("after")).length);
    }

    @Test
    void parallelSearchReportsSequenceNumbersAfterDrops() {
        LogBuffer b = new LogBuffer(200_000);
        for (int i = 0; i < 300_003; i++) {
            b.append(line(i, i % 10_007 == 0 ? "hit " + i : "miss " + i));
        }
        long[] hits = LogSearch.find(b.snapshot(), Pattern.compile("^hit (\\d+)$"));
        long first = (100_003 + 10_006) / 10_007 * 10_007L;
        assertEquals(first, hits[0]);
        for (int k = 0; k < hits.length; k++) {
            assertEquals(first + k * 10_007L, hits[k]);
            assertEquals("hit " + hits[k], b.text(b.indexOfSeq(hits[k])));
        }
        assertEquals((300_002 - first) / 10_007 + 1, hits.length);
    }

    @Test
    void aNullTimestampStaysNull() {
        LogBuffer b = new LogBuffer();
        b.append(new LogLine(null, LogStreamKind.STDOUT, "c", "no time"));
        assertNull(b.timestamp(0));
        assertEquals("no time", b.text(0));
    }
}
