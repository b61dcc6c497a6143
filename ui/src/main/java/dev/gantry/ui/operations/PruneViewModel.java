package dev.gantry.ui.operations;

import dev.gantry.adapter.api.ops.KeptItem;
import dev.gantry.adapter.api.ops.PruneItem;
import dev.gantry.adapter.api.ops.PruneKind;
import dev.gantry.adapter.api.ops.PruneOperations;
import dev.gantry.adapter.api.ops.PrunePreview;
import dev.gantry.adapter.api.ops.PruneReport;
import dev.gantry.ui.concurrent.BackgroundExecutor;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * Prune in two steps: preview exactly what would go (and what stays, and why), then remove exactly
 * the items still ticked. Volumes are never ticked by default.
 */
public final class PruneViewModel {

    private final PruneOperations prune;
    private final BackgroundExecutor executor;

    // Properties
    private final Map<PruneKind, BooleanProperty> kinds = new EnumMap<>(PruneKind.class);
    private final ObservableList<PruneItem> items = FXCollections.observableArrayList();
    private final ObservableSet<PruneItem> unticked = FXCollections.observableSet(new HashSet<>());
    private final ObservableList<KeptItem> kept = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("Choose what to prune, then preview.");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canConfirm = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<PruneReport> report = new ReadOnlyObjectWrapper<>();
    private PrunePreview preview;

    public PruneViewModel(PruneOperations prune, BackgroundExecutor executor) {
        this.prune = prune;
        this.executor = executor;
        for (PruneKind k : PruneKind.values()) {
            BooleanProperty p = new SimpleBooleanProperty(PruneKind.defaultSelection().contains(k));
            p.addListener((obs, o, n) -> invalidatePreview());
            kinds.put(k, p);
        }
    }

    public BooleanProperty kindSelectedProperty(PruneKind kind) {
        return kinds.get(kind);
    }

    public ObservableList<PruneItem> items() {
        return items;
    }

    public ObservableList<KeptItem> kept() {
        return kept;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canConfirmProperty() {
        return canConfirm.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PruneReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public boolean isTicked(PruneItem item) {
        return !unticked.contains(item);
    }

    public void setTicked(PruneItem item, boolean ticked) {
        if (ticked) {
            unticked.remove(item);
        } else {
            unticked.add(item);
        }
        updateSummary();
    }

    // Commands

    public void preview() {
        Set<PruneKind> selected = EnumSet.noneOf(PruneKind.class);
        kinds.forEach((k, p) -> {
            if (p.get()) {
                selected.add(k);
            }
        });
        if (selected.isEmpty()) {
            summary.set("Choose at least one kind of thing to prune.");
            return;
        }
        busy.set(true);
        summary.set("Looking for what can go …");
        executor.submit(() -> prune.preview(selected), p -> {
            busy.set(false);
            preview = p;
            unticked.clear();
            items.setAll(p.items());
            kept.setAll(p.kept());
            report.set(null);
            updateSummary();
        }, this::fail);
    }

    /** Removes exactly the ticked items of the preview, by id. */
    public void confirm() {
        if (preview == null || !canConfirm.get()) {
            return;
        }
        PrunePreview chosen = preview.only(this::isTicked);
        busy.set(true);
        canConfirm.set(false);
        summary.set("Removing " + chosen.items().size() + " item(s) …");
        executor.submit(() -> prune.remove(chosen), r -> {
            busy.set(false);
            preview = null;
            items.clear();
            report.set(r);
            summary.set(describe(r));
        }, this::fail);
    }

    static String describe(PruneReport r) {
        StringBuilder s = new StringBuilder("Removed " + r.removed().size() + " item(s), reclaimed " + Sizes.human(r.reclaimedBytes()) + ".");
        r.skipped().forEach(o -> s.append(" Skipped ").append(o.item().name()).append(": ").append(o.reason()).append('.'));
        r.failed().forEach(o -> s.append(" Failed ").append(o.item().name()).append(": ").append(o.reason()).append('.'));
        return s.toString();
    }

    private void updateSummary() {
        if (preview == null) {
            return;
        }
        PrunePreview chosen = preview.only(this::isTicked);
        canConfirm.set(!chosen.isEmpty());
        summary.set(chosen.isEmpty() ? "Nothing to remove." : chosen.items().size() + " item(s) will be removed, "
                + Sizes.human(chosen.totalBytes()) + " in total; " + kept.size() + " stay in use.");
    }

    private void invalidatePreview() {
        preview = null;
        items.clear();
        kept.clear();
        canConfirm.set(false);
        summary.set("The selection changed: preview again.");
    }

    private void fail(Throwable e) {
        busy.set(false);
        summary.set(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
}
