package dev.gantry.ui.logs;

import dev.gantry.adapter.logs.LogBuffer;
import java.util.Collections;
import javafx.collections.ObservableListBase;

/**
 * The rows a log view shows, as a virtual list over the {@link LogBuffer}: every held line, or
 * only the matching ones. Nothing is copied; rows are made when a cell asks.
 */
final class LogRows extends ObservableListBase<LogRow> {

    private static final LogRow GONE = new LogRow(-1, null, dev.gantry.adapter.api.logs.LogStreamKind.MARKER, "", 0, "");
    private final LogBuffer buffer;
    private LongList filter;
    private int filterOffset;

    LogRows(LogBuffer buffer) {
        this.buffer = buffer;
    }

    @Override
    public int size() {
        return filter == null ? buffer.size() : filter.size() - filterOffset;
    }

    @Override
    public LogRow get(int index) {
        long seq = seqAt(index);
        int i = buffer.indexOfSeq(seq);
        if (i < 0) {
            return GONE;
        }
        return new LogRow(seq, buffer.timestamp(i), buffer.stream(i), buffer.source(i), buffer.sourceNumber(i), buffer.text(i));
    }

    long seqAt(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException(index);
        }
        return filter == null ? buffer.firstSeq() + index : filter.get(filterOffset + index);
    }

    /** Row index of a sequence number, or -1 when not shown. */
    int rowOf(long seq) {
        if (filter == null) {
            return buffer.indexOfSeq(seq);
        }
        int i = filter.lowerBound(seq);
        return i < filter.size() && filter.get(i) == seq && i >= filterOffset ? i - filterOffset : -1;
    }

    /** Shows only the sequence numbers in {@code matches} (null: every line). */
    void setFilter(LongList matches) {
        beginChange();
        nextRemove(0, Collections.nCopies(size(), GONE));
        filter = matches;
        filterOffset = matches == null ? 0 : matches.lowerBound(buffer.firstSeq());
        nextAdd(0, size());
        endChange();
    }

    boolean filtered() {
        return filter != null;
    }

    /**
     * Reports what an append did: {@code removedFront} rows gone from the top, {@code added} new at the
     * bottom (counted in rows as shown).
     */
    void appended(int removedFront, int added) {
        if (removedFront == 0 && added == 0) {
            return;
        }
        beginChange();
        if (removedFront > 0) {
            nextRemove(0, Collections.nCopies(removedFront, GONE));
        }
        if (added > 0) {
            nextAdd(size() - added, size());
        }
        endChange();
    }

    /** For the filtered view: advances past matches that dropped out; returns how many rows went. */
    int dropDroppedMatches() {
        if (filter == null) {
            return 0;
        }
        int newOffset = filter.lowerBound(buffer.firstSeq());
        int gone = newOffset - filterOffset;
        filterOffset = newOffset;
        return gone;
    }

    void reset() {
        beginChange();
        nextRemove(0, Collections.nCopies(size(), GONE));
        if (filter != null) {
            filterOffset = filter.lowerBound(buffer.firstSeq());
        }
        nextAdd(0, size());
        endChange();
    }
}
