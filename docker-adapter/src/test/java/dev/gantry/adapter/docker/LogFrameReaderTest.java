package dev.gantry.adapter.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.logs.LogStreamKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogFrameReaderTest {

    private static void frame(ByteArrayOutputStream out, int type, byte[] payload) {
        int n = payload.length;
        out.writeBytes(new byte[] {(byte) type, 0, 0, 0, (byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
        out.writeBytes(payload);
    }

    /** Records frames as "STREAM:text" and counts hand-over points. */
    private static final class Recorder implements LogFrameReader.Sink {
        final List<String> frames = new ArrayList<>();
        int caughtUp;

        @Override
        public void frame(LogStreamKind stream, byte[] buf, int off, int len) {
            frames.add(stream + ":" + new String(buf, off, len, StandardCharsets.UTF_8));
        }

        @Override
        public void caughtUp() {
            caughtUp++;
        }
    }

    @Test
    void multiplexedFramesKeepTheirStreamAndOrderAndALargeFrameGrowsTheBuffer() throws Exception {
        String big = "x".repeat(100_000);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        frame(body, 1, "out one\n".getBytes(StandardCharsets.UTF_8));
        frame(body, 2, "err one\n".getBytes(StandardCharsets.UTF_8));
        frame(body, 1, big.getBytes(StandardCharsets.UTF_8));
        frame(body, 1, "after\n".getBytes(StandardCharsets.UTF_8));
        Recorder r = new Recorder();
        LogFrameReader.read(new ByteArrayInputStream(body.toByteArray()), false, r, () -> false);
        assertEquals(List.of("STDOUT:out one\n", "STDERR:err one\n", "STDOUT:" + big, "STDOUT:after\n"), r.frames);
        assertTrue(r.caughtUp >= 1, "the end hands over what is left");
    }

    @Test
    void aStreamCutInsideAFrameFails() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        frame(body, 1, "whole\n".getBytes(StandardCharsets.UTF_8));
        byte[] b = body.toByteArray();
        byte[] cut = new byte[b.length + 10];
        System.arraycopy(b, 0, cut, 0, b.length);
        cut[b.length] = 1;
        cut[b.length + 7] = 50; // announces 50 bytes, only 2 follow
        Recorder r = new Recorder();
        assertThrows(EOFException.class, () -> LogFrameReader.read(new ByteArrayInputStream(cut), false, r, () -> false));
        assertEquals(List.of("STDOUT:whole\n"), r.frames);
    }

    @Test
    void aTtyStreamComesAsRawChunksOnStdout() throws Exception {
        Recorder r = new Recorder();
        LogFrameReader.read(new ByteArrayInputStream("no header\nat all".getBytes(StandardCharsets.UTF_8)), true, r, () -> false);
        assertEquals(List.of("STDOUT:no header\nat all"), r.frames);
    }

    @Test
    void stopsWhenAskedTo() throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        frame(body, 1, "one\n".getBytes(StandardCharsets.UTF_8));
        frame(body, 1, "two\n".getBytes(StandardCharsets.UTF_8));
        Recorder r = new Recorder();
        LogFrameReader.read(new ByteArrayInputStream(body.toByteArray()), false, r, () -> !r.frames.isEmpty());
        assertEquals(List.of("STDOUT:one\n"), r.frames);
    }
}
