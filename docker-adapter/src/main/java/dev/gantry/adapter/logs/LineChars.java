package dev.gantry.adapter.logs;

import java.util.Objects;

/**
 * One packed line seen as characters without making a String of it, so a regex search over a
 * million lines allocates nothing per line. Mutable and reused: re-pointed by
 * {@link PackedTexts#bind}; confine each instance to one thread.
 */
final class LineChars implements CharSequence {

    private byte[] bytes;
    private int offset;
    private int length;
    private boolean wide;

    LineChars set(byte[] bytes, int offset, int byteLength, boolean wide) {
        this.bytes = bytes;
        this.offset = offset;
        this.wide = wide;
        this.length = wide ? byteLength / 2 : byteLength;
        return this;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        Objects.checkIndex(index, length);
        if (wide) {
            int j = offset + 2 * index;
            return (char) (((bytes[j] & 0xff) << 8) | (bytes[j + 1] & 0xff));
        }
        return (char) (bytes[offset + index] & 0xff);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        Objects.checkFromToIndex(start, end, length);
        char[] chars = new char[end - start];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = charAt(start + i);
        }
        return new String(chars);
    }

    @Override
    public String toString() {
        return subSequence(0, length).toString();
    }
}
