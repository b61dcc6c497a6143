package dev.gantry.adapter.logs;

import java.util.Arrays;

/**
 * Up to {@link #LINES} consecutive log lines stored as columns: the texts packed into one byte
 * array (see {@link PackedTexts}), a timestamp as epoch nanos, a stream byte and a source index.
 * Lines are only ever added at the end; once full the block is sealed (its byte array trimmed) and
 * never changes again, so views of it can be read on other threads.
 */
final class LogBlock {

    static final int SHIFT = 12;
    static final int LINES = 1 << SHIFT;
    private static final int MAX_BYTES = Integer.MAX_VALUE - 16;

    private byte[] bytes;
    private int used;
    private int[] ends;
    private long[] nanos;
    private byte[] kind;
    private int[] source;
    private long[] wide;
    private long[] ansi;
    private int count;
    private PackedTexts sealed;

    /** A block with room for {@code lines} lines and {@code bytes} bytes of text before it grows. */
    LogBlock(int lines, int bytes) {
        this.bytes = new byte[Math.max(16, bytes)];
        int n = Math.max(1, Math.min(LINES, lines));
        ends = new int[n];
        nanos = new long[n];
        kind = new byte[n];
        source = new int[n];
    }

    int count() {
        return count;
    }

    boolean full() {
        return count == LINES;
    }

    /** Bytes of text held (for sizing the next block). */
    int textBytes() {
        return used;
    }

    /**
     * Adds a line. {@code scratch} is a buffer of at least the text's length the caller reuses: the
     * text is copied out once ({@link String#getChars}) and checked from the array, cheaper than
     * {@code charAt} per character (which dominated the profile under C1, the JIT the app runs with).
     */
    void add(String text, char[] scratch, long nanos, byte kind, int source) {
        if (count == ends.length) {
            growLines();
        }
        int len = text.length();
        text.getChars(0, len, scratch, 0);
        ensureBytes(len);
        byte[] b = bytes;
        int at = used;
        int all = 0;
        boolean esc = false;
        for (int i = 0; i < len; i++) {
            char c = scratch[i];
            all |= c;
            esc |= c == AnsiText.ESC;
            b[at + i] = (byte) c;
        }
        if (all < 256) {
            used += len;
        } else {
            ensureBytes(2L * len);
            b = bytes;
            for (int i = 0; i < len; i++) {
                char c = scratch[i];
                b[at + 2 * i] = (byte) (c >>> 8);
                b[at + 2 * i + 1] = (byte) c;
            }
            used += 2 * len;
            wide = setBit(wide, count);
        }
        if (esc) {
            ansi = setBit(ansi, count);
        }
        ends[count] = used;
        this.nanos[count] = nanos;
        this.kind[count] = kind;
        this.source[count] = source;
        count++;
        if (count == LINES) {
            if (bytes.length - used > used / 16) {
                bytes = Arrays.copyOf(bytes, used);
            }
            sealed = new PackedTexts(bytes, ends, wide, ansi, count);
        }
    }

    private static long[] setBit(long[] bits, int k) {
        long[] b = bits != null ? bits : new long[LINES / 64];
        b[k >>> 6] |= 1L << k;
        return b;
    }

    private void ensureBytes(long more) {
        long need = used + more;
        if (need <= bytes.length) {
            return;
        }
        if (need > MAX_BYTES) {
            throw new IllegalStateException("A block of log lines cannot hold more than 2 GB of text.");
        }
        bytes = Arrays.copyOf(bytes, (int) Math.min(MAX_BYTES, Math.max(need, bytes.length + bytes.length / 2)));
    }

    private void growLines() {
        int n = Math.min(LINES, ends.length * 2);
        ends = Arrays.copyOf(ends, n);
        nanos = Arrays.copyOf(nanos, n);
        kind = Arrays.copyOf(kind, n);
        source = Arrays.copyOf(source, n);
    }

    /** The texts as they are now; later additions do not show in it. */
    PackedTexts texts() {
        return sealed != null ? sealed : new PackedTexts(bytes, ends, wide, ansi, count);
    }

    String text(int k) {
        return texts().text(k);
    }

    long nanos(int k) {
        return nanos[k];
    }

    byte kind(int k) {
        return kind[k];
    }

    int source(int k) {
        return source[k];
    }
}
