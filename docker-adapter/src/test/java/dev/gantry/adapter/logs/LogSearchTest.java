package dev.gantry.adapter.logs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.logs.LogLine;
import dev.gantry.adapter.api.logs.LogStreamKind;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LogSearchTest {

    @Test
    void findsAllMatchesOverOneMillionHeldLines() {
        LogBuffer b = new LogBuffer();
        Instant t = Instant.parse("2026-11-25T00:00:00Z");
        int expected = 0;
        for (int i = 0; i < 1_000_000; i++) {
            boolean hit = i % 997 == 0;
            expected += hit ? 1 : 0;
            b.append(new LogLine(t, LogStreamKind.STDOUT, "svc.1",
                    hit ? "request " + i + " failed: \u001b[31mERROR\u001b[0m code=" + (i % 7) : "request " + i + " ok in 12ms"));
        }
        assertEquals(1_000_000, b.size());
        Pattern p = LogSearch.compile("error code=\\d", false);
        long[] hits = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> LogSearch.find(b.snapshot(), p));
        assertEquals(expected, hits.length);
        for (long seq : hits) {
            assertEquals(0, seq % 997, "only the error lines match");
        }
        assertEquals(0, hits[0]);
    }

    @Test
    void rangesCoverEachMatchAndBadRegexGetsASentence() {
        Pattern p = LogSearch.compile("o+", true);
        assertArrayEquals(new int[] {1, 3, 5, 6}, LogSearch.ranges(p, "foo bo"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LogSearch.compile("a(b", true));
        assertTrue(e.getMessage().startsWith("The search \"a(b\" is not a valid regular expression"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LogSearch.compile("", true));
    }

    @Test
    void aTwoHundredThousandCharacterLineStaysCheap() {
        LogBuffer b = new LogBuffer(10);
        String huge = "x".repeat(200_000) + " needle";
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            b.append(new LogLine(null, LogStreamKind.STDOUT, "c", huge));
            assertEquals(1, LogSearch.find(b.snapshot(), Pattern.compile("needle")).length);
        });
    }
}
