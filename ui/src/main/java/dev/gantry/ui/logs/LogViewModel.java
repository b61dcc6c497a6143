package dev.gantry.ui.logs;

import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.api.Subscription;
import dev.gantry.adapter.api.logs.LogLine;
import dev.gantry.adapter.api.logs.LogListener;
import dev.gantry.adapter.api.logs.LogRequest;
import dev.gantry.adapter.logs.AnsiText;
import dev.gantry.adapter.logs.LogBuffer;
import dev.gantry.adapter.logs.LogIngestQueue;
import dev.gantry.adapter.logs.LogSearch;
import dev.gantry.ui.concurrent.BackgroundExecutor;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * The state of one log view: the held lines, the stream feeding them, search, filter, pause and
 * export. Runs on the UI thread; the stream hands lines over through a queue that
 * {@link #pulse()} drains once per frame, so appends are batched per frame.
 */
public final class LogViewModel implements AutoCloseable {

    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());

    private final BackgroundExecutor executor;
    private final LogBuffer buffer;
    private final LogRows rows;
    private final LongList matches = new LongList();
    private final ArrayDeque<LogLine> pausedBacklog = new ArrayDeque<>();
    private LogIngestQueue ingest = new LogIngestQueue();
    private BiFunction<LogRequest, LogListener, Subscription> opener;
    private Subscription subscription;
    private IntConsumer scroller = row -> { };
    private int searchGeneration;

    private final BooleanProperty follow = new SimpleBooleanProperty(true);
    private final BooleanProperty paused = new SimpleBooleanProperty(false);
    private final BooleanProperty timestamps = new SimpleBooleanProperty(true);
    private final BooleanProperty wrap = new SimpleBooleanProperty(false);
    private final BooleanProperty onlyMatching = new SimpleBooleanProperty(false);
    private final BooleanProperty caseSensitive = new SimpleBooleanProperty(false);
    private final StringProperty searchText = new SimpleStringProperty("");
    private final StringProperty tail = new SimpleStringProperty("1000");
    private final StringProperty since = new SimpleStringProperty("");
    private final SimpleStringProperty searchMessage = new SimpleStringProperty("");
    private final SimpleStringProperty status = new SimpleStringProperty("");
    private final SimpleStringProperty droppedMarker = new SimpleStringProperty(null);
    private final SimpleIntegerProperty matchCount = new SimpleIntegerProperty(0);
    private final SimpleIntegerProperty currentMatchRow = new SimpleIntegerProperty(-1);
    private final SimpleObjectProperty<Pattern> pattern = new SimpleObjectProperty<>();
    private long currentMatchSeq = -1;

    public LogViewModel(BackgroundExecutor executor, int lineCap) {
        this.executor = executor;
        this.buffer = new LogBuffer(lineCap);
        this.rows = new LogRows(buffer);
        onlyMatching.addListener((o, was, on) -> applyFilter());
        paused.addListener((o, was, on) -> {
            if (!on) {
                flushBacklog();
            }
        });
    }

    // ---- properties

    public ObservableList<LogRow> rows() {
        return rows;
    }

    public BooleanProperty followProperty() {
        return follow;
    }

    public BooleanProperty pausedProperty() {
        return paused;
    }

    public BooleanProperty timestampsProperty() {
        return timestamps;
    }

    public BooleanProperty wrapProperty() {
        return wrap;
    }

    public BooleanProperty onlyMatchingProperty() {
        return onlyMatching;
    }

    public BooleanProperty caseSensitiveProperty() {
        return caseSensitive;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public StringProperty tailProperty() {
        return tail;
    }

    public StringProperty sinceProperty() {
        return since;
    }

    /** "3 of 120 matches", or why the search text is not usable. */
    public ReadOnlyStringProperty searchMessageProperty() {
        return searchMessage;
    }

    /** Stream state, export results, input problems: a sentence. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** "N older lines dropped ..." once the cap was reached; null before. */
    public ReadOnlyStringProperty droppedMarkerProperty() {
        return droppedMarker;
    }

    public ReadOnlyIntegerProperty matchCountProperty() {
        return matchCount;
    }

    /** Row of the current match, -1 when none. */
    public ReadOnlyIntegerProperty currentMatchRowProperty() {
        return currentMatchRow;
    }

    /** The active search pattern (for highlighting), or null. */
    public ReadOnlyObjectProperty<Pattern> patternProperty() {
        return pattern;
    }

    public LogBuffer buffer() {
        return buffer;
    }

    public long currentMatchSeq() {
        return currentMatchSeq;
    }

    /** Where the view scrolls to when a match or follow needs it. */
    public void setScroller(IntConsumer scroller) {
        this.scroller = scroller;
    }

    // ---- stream

    /**
     * Sets how to open the stream (e.g. {@code (req, l) -> session.logs().service("web", req, l)}) and
     * opens it with the tail and since fields. The opener must not block.
     */
    public void open(BiFunction<LogRequest, LogListener, Subscription> opener) {
        this.opener = opener;
        reload();
    }

    /** Reopens the stream with the current tail and since fields; the held lines are cleared. */
    public void reload() {
        LogRequest req;
        try {
            req = LogRequestInput.parse(tail.get(), since.get(), true, Instant.now());
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
            return;
        }
        closeStream();
        clear();
        ingest = new LogIngestQueue();
        if (opener != null) {
            subscription = opener.apply(req, ingest);
            status.set("Following" + (req.tail() != null ? " (last " + req.tail() + " lines)" : "")
                    + (req.since() != null ? " since " + TIME.format(req.since()) : ""));
        }
    }

    /** The queue the stream feeds (when the caller opens streams itself). */
    public LogListener listener() {
        return ingest;
    }

    /** Moves waiting lines into the model; call once per frame. Returns how many lines were taken. */
    public int pulse() {
        EngineException err = ingest.takeError();
        if (err != null) {
            status.set(err.getMessage());
        }
        if (ingest.pending() == 0) {
            return 0;
        }
        List<LogLine> batch = ingest.drain();
        if (paused.get()) {
            pausedBacklog.addAll(batch);
            while (pausedBacklog.size() > buffer.cap()) {
                pausedBacklog.removeFirst();
            }
            status.set(String.format("Paused: %,d new lines waiting", pausedBacklog.size()));
            return batch.size();
        }
        append(batch);
        return batch.size();
    }

    /** Appends lines as if they had come from the stream (tests, benchmarks, replay). */
    public void append(List<LogLine> batch) {
        if (batch.isEmpty()) {
            return;
        }
        int oldSize = buffer.size();
        int removed = buffer.append(batch);
        int removedOld = Math.min(removed, oldSize);
        int addedRows = buffer.size() - (oldSize - removedOld);
        Pattern p = pattern.get();
        int matchedNew = 0;
        if (p != null) {
            long seq = buffer.endSeq() - batch.size();
            for (LogLine l : batch) {
                if (LogSearch.matches(p, l.text())) {
                    matches.add(seq);
                    matchedNew++;
                }
                seq++;
            }
            matchCount.set(matches.size() - matches.lowerBound(buffer.firstSeq()));
        }
        if (rows.filtered()) {
            rows.appended(rows.dropDroppedMatches(), matchedNew);
        } else {
            rows.appended(removedOld, addedRows);
        }
        if (buffer.dropped() > 0) {
            droppedMarker.set(buffer.droppedMarker());
        }
        updateCurrentRow();
        if (follow.get() && !rows.isEmpty()) {
            scroller.accept(rows.size() - 1);
        }
    }

    private void flushBacklog() {
        List<LogLine> backlog = new ArrayList<>(pausedBacklog);
        pausedBacklog.clear();
        append(backlog);
        status.set("Following");
    }

    /** Drops every held line (the stream goes on). */
    public void clear() {
        buffer.clear();
        pausedBacklog.clear();
        matches.clear();
        matchCount.set(0);
        currentMatchSeq = -1;
        droppedMarker.set(null);
        rows.reset();
        updateCurrentRow();
    }

    // ---- search

    /** Searches everything held for the search text (in the background); the last match becomes current. */
    public void search() {
        String text = searchText.get();
        if (text == null || text.isEmpty()) {
            clearSearch();
            return;
        }
        Pattern p;
        try {
            p = LogSearch.compile(text, caseSensitive.get());
        } catch (IllegalArgumentException e) {
            searchMessage.set(e.getMessage());
            return;
        }
        int generation = ++searchGeneration;
        LogBuffer.Snapshot snap = buffer.snapshot();
        long endSeq = buffer.endSeq();
        searchMessage.set("Searching…");
        executor.submit(() -> LogSearch.find(snap, p), hits -> {
            if (generation != searchGeneration) {
                return;
            }
            matches.setAll(hits);
            // lines appended while searching
            for (long seq = endSeq; seq < buffer.endSeq(); seq++) {
                int i = buffer.indexOfSeq(seq);
                if (i >= 0 && LogSearch.matches(p, buffer.text(i))) {
                    matches.add(seq);
                }
            }
            pattern.set(p);
            matchCount.set(matches.size() - matches.lowerBound(buffer.firstSeq()));
            currentMatchSeq = -1;
            applyFilter();
            if (matchCount.get() > 0) {
                previous();
            } else {
                updateCurrentRow();
                searchMessage.set("No match for " + text);
            }
        }, e -> searchMessage.set("The search failed: " + e.getMessage()));
    }

    public void clearSearch() {
        ++searchGeneration;
        pattern.set(null);
        matches.clear();
        matchCount.set(0);
        currentMatchSeq = -1;
        searchMessage.set("");
        if (onlyMatching.get()) {
            onlyMatching.set(false);
        } else {
            updateCurrentRow();
        }
    }

    /** The next match after the current one (wrapping). */
    public void next() {
        move(true);
    }

    /** The match before the current one (wrapping); from none, the last. */
    public void previous() {
        move(false);
    }

    private void move(boolean forward) {
        int first = matches.lowerBound(buffer.firstSeq());
        int n = matches.size() - first;
        if (n == 0) {
            return;
        }
        int k;
        if (currentMatchSeq < 0) {
            k = forward ? first : matches.size() - 1;
        } else {
            int at = matches.lowerBound(currentMatchSeq);
            if (forward) {
                k = at < matches.size() && matches.get(at) == currentMatchSeq ? at + 1 : at;
                if (k >= matches.size()) {
                    k = first;
                }
            } else {
                k = at - 1;
                if (k < first) {
                    k = matches.size() - 1;
                }
            }
        }
        currentMatchSeq = matches.get(k);
        follow.set(false);
        updateCurrentRow();
        searchMessage.set(String.format("%,d of %,d matches", k - first + 1, n));
        if (currentMatchRow.get() >= 0) {
            scroller.accept(currentMatchRow.get());
        }
    }

    private void updateCurrentRow() {
        currentMatchRow.set(currentMatchSeq < 0 ? -1 : rows.rowOf(currentMatchSeq));
    }

    private void applyFilter() {
        if (onlyMatching.get() && pattern.get() == null) {
            if (searchText.get() != null && !searchText.get().isEmpty()) {
                search();
            }
            return;
        }
        rows.setFilter(onlyMatching.get() ? matches : null);
        updateCurrentRow();
    }

    // ---- export

    /** The shown lines as text (with timestamps when shown, ANSI escapes removed). */
    public List<String> shownText() {
        boolean ts = timestamps.get();
        List<String> out = new ArrayList<>(rows.size());
        for (LogRow r : rows) {
            out.add(format(r, ts));
        }
        return out;
    }

    static String format(LogRow r, boolean withTime) {
        StringBuilder sb = new StringBuilder();
        if (withTime && r.timestamp() != null) {
            sb.append(TIME.format(r.timestamp())).append(' ');
        }
        sb.append(r.source()).append(r.stream() == dev.gantry.adapter.api.logs.LogStreamKind.STDERR ? " ! " : " | ");
        sb.append(AnsiText.strip(r.text()));
        return sb.toString();
    }

    /** Writes the shown lines to a file in the background; the outcome lands in {@link #statusProperty()}. */
    public void export(Path file) {
        List<String> lines = shownText();
        status.set(String.format("Exporting %,d lines to %s…", lines.size(), file));
        executor.submit(() -> {
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (String l : lines) {
                    w.write(l);
                    w.newLine();
                }
            }
            return lines.size();
        }, n -> status.set(String.format("Exported %,d lines to %s.", n, file)),
                e -> status.set("Cannot write " + file + ": " + e.getMessage()));
    }

    private void closeStream() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }

    /** Closes the stream; the view is going away. */
    @Override
    public void close() {
        closeStream();
    }
}
