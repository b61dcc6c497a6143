package dev.gantry.ui.logs;

import java.util.Arrays;

/** A growable array of ascending longs (sequence numbers of matching lines). */
final class LongList {

    private long[] values = new long[16];
    private int size;

    void add(long v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = v;
    }

    void setAll(long[] v) {
        values = v.length == 0 ? new long[16] : v;
        size = v.length;
    }

    void clear() {
        values = new long[16];
        size = 0;
    }

    long get(int i) {
        return values[i];
    }

    int size() {
        return size;
    }

    /** Index of the first value at least {@code v}. */
    int lowerBound(long v) {
        int i = Arrays.binarySearch(values, 0, size, v);
        return i >= 0 ? i : -i - 1;
    }
}
