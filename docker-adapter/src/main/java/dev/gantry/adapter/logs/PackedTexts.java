package dev.gantry.adapter.logs;

import java.nio.charset.StandardCharsets;

/**
 * A read-only view of up to {@link LogBlock#LINES} line texts packed into one byte array: line
 * {@code k} is {@code bytes[start(k), ends[k])}, one byte per char (Latin-1) unless its bit in
 * {@code wide} is set, then two bytes per char (big-endian UTF-16). {@code ansi} marks lines that
 * hold an escape character. The arrays are only ever appended to past {@code count}, so a view
 * stays valid while its block fills up.
 */
record PackedTexts(byte[] bytes, int[] ends, long[] wide, long[] ansi, int count) {

    int start(int k) {
        return k == 0 ? 0 : ends[k - 1];
    }

    boolean isWide(int k) {
        return wide != null && (wide[k >>> 6] & (1L << k)) != 0;
    }

    boolean hasAnsi(int k) {
        return ansi != null && (ansi[k >>> 6] & (1L << k)) != 0;
    }

    String text(int k) {
        int from = start(k);
        int to = ends[k];
        if (!isWide(k)) {
            return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
        }
        char[] chars = new char[(to - from) / 2];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) (((bytes[from + 2 * i] & 0xff) << 8) | (bytes[from + 2 * i + 1] & 0xff));
        }
        return new String(chars);
    }

    /** Points {@code chars} at line {@code k} without copying it. */
    LineChars bind(int k, LineChars chars) {
        int from = start(k);
        return chars.set(bytes, from, ends[k] - from, isWide(k));
    }
}
