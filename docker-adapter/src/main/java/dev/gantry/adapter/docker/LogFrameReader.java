package dev.gantry.adapter.docker;

import dev.gantry.adapter.api.logs.LogStreamKind;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.BooleanSupplier;

/**
 * Reads a log response body as the engine sends it: without a TTY, multiplexed frames (an 8-byte
 * header: stream type, three zero bytes, the payload size big-endian; then the payload); with a
 * TTY, raw chunks. One payload buffer is reused, so a sink must copy what it keeps.
 */
final class LogFrameReader {

    /** Receives frames on the reading thread. */
    interface Sink {
        /** One frame's payload, {@code buf[off, off + len)}, valid only during the call. */
        void frame(LogStreamKind stream, byte[] buf, int off, int len);

        /** Everything received so far was passed on and the next read would wait: hand over a batch now. */
        default void caughtUp() {
        }
    }

    private static final int BUFFER = 64 * 1024;

    private LogFrameReader() {
    }

    /** Reads until the end of the body or until {@code stop} says so. */
    static void read(InputStream body, boolean raw, Sink sink, BooleanSupplier stop) throws IOException {
        InputStream in = new BufferedInputStream(body, BUFFER);
        if (raw) {
            readRaw(in, sink, stop);
        } else {
            readMultiplexed(in, sink, stop);
        }
        sink.caughtUp();
    }

    private static void readMultiplexed(InputStream in, Sink sink, BooleanSupplier stop) throws IOException {
        byte[] header = new byte[8];
        byte[] payload = new byte[4096];
        while (!stop.getAsBoolean()) {
            if (in.available() == 0) {
                sink.caughtUp();
            }
            if (!readFully(in, header, 8, true)) {
                return;
            }
            int size = ((header[4] & 0xff) << 24) | ((header[5] & 0xff) << 16) | ((header[6] & 0xff) << 8) | (header[7] & 0xff);
            if (size < 0) {
                throw new IOException("bad log frame size " + Integer.toUnsignedString(size));
            }
            if (size > payload.length) {
                payload = new byte[Math.max(size, payload.length * 2)];
            }
            readFully(in, payload, size, false);
            if (header[0] != 0) { // 0 is stdin, never sent for logs
                sink.frame(header[0] == 2 ? LogStreamKind.STDERR : LogStreamKind.STDOUT, payload, 0, size);
            }
        }
    }

    private static void readRaw(InputStream in, Sink sink, BooleanSupplier stop) throws IOException {
        byte[] chunk = new byte[BUFFER];
        while (!stop.getAsBoolean()) {
            if (in.available() == 0) {
                sink.caughtUp();
            }
            int n = in.read(chunk);
            if (n < 0) {
                return;
            }
            sink.frame(LogStreamKind.STDOUT, chunk, 0, n);
        }
    }

    /** @return false at a clean end before the first byte (only when {@code endAllowed}) */
    private static boolean readFully(InputStream in, byte[] b, int len, boolean endAllowed) throws IOException {
        int got = 0;
        while (got < len) {
            int n = in.read(b, got, len - got);
            if (n < 0) {
                if (got == 0 && endAllowed) {
                    return false;
                }
                throw new EOFException("log stream ended inside a frame");
            }
            got += n;
        }
        return true;
    }
}
