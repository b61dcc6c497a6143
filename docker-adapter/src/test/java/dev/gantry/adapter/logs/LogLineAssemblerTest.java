package dev.gantry.adapter.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.gantry.adapter.api.logs.LogLine;
import dev.gantry.adapter.api.logs.LogStreamKind;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogLineAssemblerTest {

    private final List<LogLine> out = new ArrayList<>();
    private final LogLineAssembler a = new LogLineAssembler("c1", out::add);

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void multiplexedFramesGiveLinesWithParsedTimestampsAndStreams() {
        a.frame(LogStreamKind.STDOUT, b("2026-11-25T05:10:59.123456789Z hello\n"), false);
        a.frame(LogStreamKind.STDERR, b("2026-11-25T05:11:00Z oops\n"), false);
        assertEquals(2, out.size());
        assertEquals(new LogLine(Instant.parse("2026-11-25T05:10:59.123456789Z"), LogStreamKind.STDOUT, "c1", "hello"), out.get(0));
        assertEquals(new LogLine(Instant.parse("2026-11-25T05:11:00Z"), LogStreamKind.STDERR, "c1", "oops"), out.get(1));
    }

    @Test
    void partialMessagesAreJoinedWithoutTheirTimestamps() {
        a.frame(LogStreamKind.STDOUT, b("2026-11-25T05:10:59.1Z aaaa"), false);
        a.frame(LogStreamKind.STDOUT, b("2026-11-25T05:10:59.2Z bbbb"), false);
        a.frame(LogStreamKind.STDOUT, b("2026-11-25T05:10:59.3Z cc\n"), false);
        assertEquals(1, out.size());
        assertEquals("aaaabbbbcc", out.get(0).text());
        assertEquals(Instant.parse("2026-11-25T05:10:59.1Z"), out.get(0).timestamp());
    }

    @Test
    void rawChunksCutAnywhereAreSplitIntoLines() {
        String all = "2026-11-25T05:10:59.5Z one\r\n2026-11-25T05:11:00.000000001Z two\r\n2026-11-25T05:11:01Z thr";
        for (int i = 0; i < all.length(); i += 7) {
            a.frame(LogStreamKind.STDOUT, b(all.substring(i, Math.min(all.length(), i + 7))), true);
        }
        assertEquals(2, out.size());
        assertEquals("one", out.get(0).text());
        assertEquals("two", out.get(1).text());
        assertEquals(Instant.parse("2026-11-25T05:11:00.000000001Z"), out.get(1).timestamp());
        a.frame(LogStreamKind.STDOUT, b("ee"), true);
        a.finish();
        assertEquals("three", out.get(2).text());
    }

    @Test
    void multibyteCharactersSplitAcrossChunksSurvive() {
        byte[] line = b("2026-11-25T05:10:59Z grüße ✓\n");
        for (byte x : line) {
            a.frame(LogStreamKind.STDOUT, new byte[] {x}, true);
        }
        assertEquals("grüße ✓", out.get(0).text());
    }

    @Test
    void linesWithoutTimestampsKeepTheirText() {
        a.frame(LogStreamKind.STDOUT, b("no stamp here\n"), false);
        assertEquals("no stamp here", out.get(0).text());
        assertNull(out.get(0).timestamp());
    }

    @Test
    void timestampParserAgreesWithInstantParse() {
        for (String s : List.of("2026-01-01T00:00:00Z", "2024-02-29T23:59:59.999999999Z", "1999-12-31T12:34:56.5Z")) {
            byte[] bytes = b(s);
            assertEquals(Instant.parse(s), LogTimestamps.parse(bytes, 0, bytes.length), s);
        }
        byte[] offset = b("2026-01-01T01:00:00+01:00");
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), LogTimestamps.parse(offset, 0, offset.length));
    }
}
