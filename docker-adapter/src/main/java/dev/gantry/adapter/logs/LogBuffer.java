package dev.gantry.adapter.logs;

import dev.gantry.adapter.api.logs.LogLine;
import dev.gantry.adapter.api.logs.LogStreamKind;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines a log view holds: a ring of at most {@code cap} lines kept in {@link LogBlock}s of
 * 4096 lines, each storing its texts packed into one byte array (one byte per character where every
 * character is below 256, else two), a timestamp as epoch nanos, a stream byte and an interned
 * source index. A million 80-character lines cost about 100 MB instead of 160 MB as Strings. When
 * full, the oldest lines are dropped and {@link #dropped()} counts them; a block is let go once all
 * its lines are dropped.
 *
 * <p>Every line has a sequence number that never changes: {@link #firstSeq()} is the oldest held
 * line's. Not thread-safe: confine it to one thread (the UI thread); give background work a
 * {@link #snapshot()}.
 */
public final class LogBuffer {

    public static final int DEFAULT_CAP = 1_000_000;
    private static final long NO_TIME = Long.MIN_VALUE;
    private static final LogStreamKind[] KINDS = LogStreamKind.values();
    private static final int MAX_BYTES_GUESS = 1 << 20;

    private final int cap;
    private LogBlock[] blocks = new LogBlock[8];
    private int blockCount;
    /** Lines already dropped from the front of {@code blocks[0]}. */
    private int skip;
    private int size;
    private long firstSeq;
    private long dropped;
    private final Map<String, Integer> sourceIds = new HashMap<>();
    private String[] sources = new String[8];
    private char[] scratch = new char[256];

    public LogBuffer() {
        this(DEFAULT_CAP);
    }

    public LogBuffer(int cap) {
        if (cap < 1) {
            throw new IllegalArgumentException("The line cap must be at least 1, not " + cap + ".");
        }
        this.cap = cap;
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
        int removed = 0;
        if (size == cap) {
            dropOldest();
            removed = 1;
        }
        LogBlock tail = blockCount == 0 ? null : blocks[blockCount - 1];
        if (tail == null || tail.full()) {
            tail = newBlock(tail);
        }
        Instant t = line.timestamp();
        String text = line.text();
        tail.add(text, scratchFor(text.length()), t == null ? NO_TIME : t.getEpochSecond() * 1_000_000_000L + t.getNano(),
                (byte) line.stream().ordinal(), intern(line.source()));
        size++;
        return removed;
    }

    private char[] scratchFor(int length) {
        if (length <= scratch.length) {
            return scratch;
        }
        char[] c = new char[length];
        if (length <= 65_536) {
            scratch = c; // keep it for lines up to 64k characters; longer ones are rare
        }
        return c;
    }

    private void dropOldest() {
        skip++;
        size--;
        firstSeq++;
        dropped++;
        if (skip == LogBlock.LINES) {
            System.arraycopy(blocks, 1, blocks, 0, blockCount - 1);
            blocks[--blockCount] = null;
            skip = 0;
        }
    }

    private LogBlock newBlock(LogBlock previous) {
        LogBlock b = previous == null
                ? new LogBlock(Math.min(cap, 64), 1024)
                : new LogBlock(LogBlock.LINES, Math.min(MAX_BYTES_GUESS, previous.textBytes() + previous.textBytes() / 32));
        if (blockCount == blocks.length) {
            blocks = Arrays.copyOf(blocks, blockCount * 2);
        }
        blocks[blockCount++] = b;
        return b;
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

    /** How many blocks are held (for tests: blocks whose lines all went must be let go). */
    int blocksHeld() {
        return blockCount;
    }

    /** Drops every line; sequence numbers continue. */
    public void clear() {
        firstSeq += size;
        size = 0;
        skip = 0;
        blocks = new LogBlock[8];
        blockCount = 0;
    }

    private int position(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("line " + index + " of " + size);
        }
        return skip + index;
    }

    private LogBlock block(int position) {
        return blocks[position >>> LogBlock.SHIFT];
    }

    private static int within(int position) {
        return position & (LogBlock.LINES - 1);
    }

    /** The text of the index-th held line (0 = oldest). */
    public String text(int index) {
        int p = position(index);
        return block(p).text(within(p));
    }

    public LogStreamKind stream(int index) {
        int p = position(index);
        return KINDS[block(p).kind(within(p))];
    }

    public String source(int index) {
        return sources[sourceNumber(index)];
    }

    /** The index among the distinct sources seen (stable; for colouring replicas). */
    public int sourceNumber(int index) {
        int p = position(index);
        return block(p).source(within(p));
    }

    public Instant timestamp(int index) {
        int p = position(index);
        long n = block(p).nanos(within(p));
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

    /**
     * The texts held now, oldest first, for searching on another thread. Costs one small object per
     * block: the packed texts are shared, and later appends, drops or a clear do not change them.
     */
    public Snapshot snapshot() {
        PackedTexts[] parts = new PackedTexts[blockCount];
        for (int b = 0; b < blockCount; b++) {
            parts[b] = blocks[b].texts();
        }
        return new Snapshot(firstSeq, size, skip, parts);
    }

    /** An immutable view of the texts held at one moment, with the sequence number of the first. */
    public static final class Snapshot {

        private final long firstSeq;
        private final int size;
        private final int skip;
        private final PackedTexts[] parts;

        private Snapshot(long firstSeq, int size, int skip, PackedTexts[] parts) {
            this.firstSeq = firstSeq;
            this.size = size;
            this.skip = skip;
            this.parts = parts;
        }

        public long firstSeq() {
            return firstSeq;
        }

        public int size() {
            return size;
        }

        /** The index-th text of the snapshot (0 = oldest). */
        public String text(int index) {
            int p = position(index);
            return parts[p >>> LogBlock.SHIFT].text(within(p));
        }

        /** Points {@code chars} at the index-th text without copying it. */
        LineChars bind(int index, LineChars chars) {
            int p = position(index);
            return parts[p >>> LogBlock.SHIFT].bind(within(p), chars);
        }

        /** Whether the index-th text holds an escape character (ANSI colours). */
        boolean hasAnsi(int index) {
            int p = position(index);
            return parts[p >>> LogBlock.SHIFT].hasAnsi(within(p));
        }

        private int position(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException("line " + index + " of " + size);
            }
            return skip + index;
        }
    }
}
