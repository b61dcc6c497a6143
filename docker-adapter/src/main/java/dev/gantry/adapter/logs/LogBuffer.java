package dev.gantry.adapter.logs;

import dev.gantry.adapter.api.logs.LogLine;
import dev.gantry.adapter.api.logs.LogStreamKind;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines a log view holds: a ring of at most {@code cap} lines stored as columns (text, a
 * timestamp as epoch nanos, a stream byte and an interned source index), so a million lines cost
 * little more than their strings. When full, the oldest lines are dropped and {@link #dropped()}
 * counts them.
 *
 * <p>Every line has a sequence number that never changes: {@link #firstSeq()} is the oldest held
 * line's. Not thread-safe: confine it to one thread (the UI thread); give background work a
 * {@link #snapshot()}.
 */
public final class LogBuffer {

    public static final int DEFAULT_CAP = 1_000_000;
    private static final long NO_TIME = Long.MIN_VALUE;
    private static final LogStreamKind[] KINDS = LogStreamKind.values();

    private final int cap;
    private String[] text;
    private long[] nanos;
    private byte[] kind;
    private int[] source;
    private int start;
    private int size;
    private long firstSeq;
    private long dropped;
    private final Map<String, Integer> sourceIds = new HashMap<>();
    private String[] sources = new String[8];

    public LogBuffer() {
        this(DEFAULT_CAP);
    }

    public LogBuffer(int cap) {
        if (cap < 1) {
            throw new IllegalArgumentException("The line cap must be at least 1, not " + cap + ".");
        }
        this.cap = cap;
        allocate(Math.min(cap, 1024));
    }

    private void allocate(int capacity) {
        text = new String[capacity];
        nanos = new long[capacity];
        kind = new byte[capacity];
        source = new int[capacity];
    }

    public int cap() {
        return cap;
    }

    public int size() {
        return size;
    }

    /** Sequence number of the oldest held line (lines before it were dropped or cleared). */
    public long firstSeq() {
        return firstSeq;
    }

    /** Sequence number the next appended line gets. */
    public long endSeq() {
        return firstSeq + size;
    }

    /** How many lines were dropped to stay within the cap (not counting {@link #clear()}). */
    public long dropped() {
        return dropped;
    }

    /** The marker text for dropped lines, or null when none were dropped. */
    public String droppedMarker() {
        return dropped == 0 ? null
                : String.format("%,d older lines dropped to keep within the cap of %,d lines", dropped, cap);
    }

    /**
     * Appends lines in order, dropping the oldest beyond the cap.
     *
     * @return how many held lines were dropped from the front by this call
     */
    public int append(List<LogLine> lines) {
        int removed = 0;
        for (LogLine l : lines) {
            removed += append(l);
        }
        return removed;
    }

    /** Appends one line; returns 1 when the oldest line was dropped to make room, else 0. */
    public int append(LogLine line) {
        if (size == text.length && size < cap) {
            grow();
        }
        int i;
        int removed = 0;
        if (size == cap) {
            i = start;
            start = (start + 1) % text.length;
            firstSeq++;
            dropped++;
            removed = 1;
        } else {
            i = (start + size) % text.length;
            size++;
        }
        text[i] = line.text();
        Instant t = line.timestamp();
        nanos[i] = t == null ? NO_TIME : t.getEpochSecond() * 1_000_000_000L + t.getNano();
        kind[i] = (byte) line.stream().ordinal();
        source[i] = intern(line.source());
        return removed;
    }

    private void grow() {
        int newCapacity = (int) Math.min(cap, (long) text.length * 2);
        String[] t = text;
        long[] n = nanos;
        byte[] k = kind;
        int[] s = source;
        allocate(newCapacity);
        copyOrdered(t, text);
        copyOrdered(n, nanos);
        copyOrdered(k, kind);
        copyOrdered(s, source);
        start = 0;
    }

    private void copyOrdered(Object from, Object to) {
        int len = java.lang.reflect.Array.getLength(from);
        int firstPart = Math.min(size, len - start);
        System.arraycopy(from, start, to, 0, firstPart);
        System.arraycopy(from, 0, to, firstPart, size - firstPart);
    }

    private int intern(String s) {
        Integer id = sourceIds.get(s);
        if (id == null) {
            id = sourceIds.size();
            sourceIds.put(s, id);
            if (id == sources.length) {
                sources = Arrays.copyOf(sources, id * 2);
            }
            sources[id] = s;
        }
        return id;
    }

    /** Drops every line; sequence numbers continue. */
    public void clear() {
        firstSeq += size;
        size = 0;
        start = 0;
        allocate(Math.min(cap, 1024));
    }

    private int slot(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("line " + index + " of " + size);
        }
        return (start + index) % text.length;
    }

    /** The text of the index-th held line (0 = oldest). */
    public String text(int index) {
        return text[slot(index)];
    }

    public LogStreamKind stream(int index) {
        return KINDS[kind[slot(index)]];
    }

    public String source(int index) {
        return sources[source[slot(index)]];
    }

    /** The index among the distinct sources seen (stable; for colouring replicas). */
    public int sourceNumber(int index) {
        return source[slot(index)];
    }

    public Instant timestamp(int index) {
        long n = nanos[slot(index)];
        return n == NO_TIME ? null : Instant.ofEpochSecond(Math.floorDiv(n, 1_000_000_000L), Math.floorMod(n, 1_000_000_000L));
    }

    public LogLine line(int index) {
        return new LogLine(timestamp(index), stream(index), source(index), text(index));
    }

    /** Index of the line with this sequence number, or -1 when it is no longer held. */
    public int indexOfSeq(long seq) {
        long i = seq - firstSeq;
        return i < 0 || i >= size ? -1 : (int) i;
    }

    /** The texts held now, oldest first, for searching on another thread. */
    public Snapshot snapshot() {
        String[] copy = new String[size];
        copyOrdered(text, copy);
        return new Snapshot(firstSeq, copy);
    }

    /** An immutable copy of the texts with the sequence number of the first. */
    public record Snapshot(long firstSeq, String[] texts) {
    }
}
