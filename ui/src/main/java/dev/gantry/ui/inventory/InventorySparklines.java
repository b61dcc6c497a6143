package dev.gantry.ui.inventory;

import dev.gantry.adapter.api.InventorySnapshot;
import dev.gantry.adapter.api.stats.SamplingRate;
import dev.gantry.adapter.api.stats.StatsListener;
import dev.gantry.adapter.api.stats.StatsSource;
import dev.gantry.adapter.stats.GroupWatch;
import dev.gantry.ui.concurrent.BackgroundExecutor;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The CPU sparklines of the inventory rows on screen. A row's cell attaches while it shows the row
 * and detaches when it shows another or is hidden, so only what is visible is sampled: containers,
 * tasks and services at the normal rate, stack and project rows (sums over many containers) at the slow
 * one. Each attached row keeps its last {@link #POINTS} CPU figures. UI thread only; samples arrive on
 * the sampler's threads and are handed over.
 */
public final class InventorySparklines implements AutoCloseable {

    public static final int POINTS = 30;
    private final BackgroundExecutor executor;
    private final Consumer<Runnable> afterLayout;
    private final Map<String, Entry> entries = new HashMap<>();
    private StatsSource source;
    private InventorySnapshot snapshot;

    /**
     * @param afterLayout runs an action once the current layout pass is over (on JavaFX,
     *                    {@code Platform::runLater})
     */
    public InventorySparklines(BackgroundExecutor executor, Consumer<Runnable> afterLayout) {
        this.executor = executor;
        this.afterLayout = afterLayout;
    }

    /**
     * The engine to sample and its current inventory: watches follow the rows' containers as they
     * change, and all start again when the source changes (another endpoint, a reconnect).
     */
    public void show(StatsSource source, InventorySnapshot snapshot) {
        this.snapshot = snapshot;
        if (source != this.source) {
            entries.values().forEach(Entry::stop);
            this.source = source;
        }
        entries.values().forEach(this::follow);
    }

    /** A cell shows this row now; returns its CPU figures, oldest first (empty until the first sample). */
    public ReadOnlyObjectProperty<double[]> attach(InventoryRow row) {
        Entry e = entries.computeIfAbsent(row.id(), id -> new Entry(row));
        e.refs++;
        if (e.refs == 1) {
            follow(e);
        }
        return e.values;
    }

    /**
     * A cell no longer shows this row. The row is let go after the current layout pass, so a row that
     * only moved to another cell (rows above it came or went) keeps its watch and its figures.
     */
    public void detach(String rowId) {
        Entry e = entries.get(rowId);
        if (e != null && --e.refs <= 0) {
            afterLayout.accept(() -> {
                if (e.refs <= 0 && entries.get(rowId) == e) {
                    e.stop();
                    entries.remove(rowId);
                }
            });
        }
    }

    /** The rows attached now (for tests and diagnostics). */
    public Set<String> attachedRows() {
        return Set.copyOf(entries.keySet());
    }

    /** Every container sampled for the sparklines now. */
    public Set<String> watchedContainers() {
        Set<String> ids = new HashSet<>();
        for (Entry e : entries.values()) {
            if (e.watch != null) {
                ids.addAll(e.watch.members());
            }
        }
        return ids;
    }

    private void follow(Entry e) {
        var members = RowContainers.of(e.row, snapshot);
        if (members.isEmpty() && e.values.get().length > 0) {
            e.values.set(new double[0]); // nothing runs behind the row any more: no figure to show
        }
        if (e.watch != null) {
            e.watch.setMembers(members);
        } else if (source != null) {
            SamplingRate rate = e.row.kind() == RowKind.STACK || e.row.kind() == RowKind.PROJECT
                    ? SamplingRate.SLOW : SamplingRate.NORMAL;
            StatsListener listener = s -> executor.onUiThread(() -> {
                if (entries.get(e.row.id()) == e) {
                    e.push(s.cpuPercent());
                }
            });
            try {
                e.watch = GroupWatch.summed(source, e.row.name(), members, rate, listener);
            } catch (RuntimeException x) {
                source = null; // this engine offers no stats: stay quiet rather than fail every row
            }
        }
    }

    @Override
    public void close() {
        entries.values().forEach(Entry::stop);
        entries.clear();
        source = null;
    }

    private static final class Entry {
        final InventoryRow row;
        final SimpleObjectProperty<double[]> values = new SimpleObjectProperty<>(new double[0]);
        int refs;
        GroupWatch watch;

        Entry(InventoryRow row) {
            this.row = row;
        }

        void push(double cpu) {
            double[] old = values.get();
            double[] next = old.length < POINTS ? Arrays.copyOf(old, old.length + 1) : Arrays.copyOfRange(old, 1, POINTS + 1);
            next[next.length - 1] = cpu;
            values.set(next);
        }

        void stop() {
            if (watch != null) {
                watch.close();
                watch = null;
            }
        }
    }
}
