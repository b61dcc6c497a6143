package dev.gantry.ui.inventory;

import dev.gantry.adapter.api.InventorySnapshot;
import dev.gantry.adapter.api.NodeInfo;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The inventory shown: the selected endpoint's snapshot grouped into rows, filtered. */
public final class InventoryViewModel {

    // Properties
    private final ObjectProperty<InventorySnapshot> snapshot = new SimpleObjectProperty<>();
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<List<TreeNode>> rows = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<NodeInfo>> nodes = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<InventoryCounts> counts = new ReadOnlyObjectWrapper<>(InventoryCounts.EMPTY);
    private List<TreeNode> unfiltered = List.of();

    public InventoryViewModel() {
        snapshot.addListener((o, a, s) -> rebuild(s));
        filter.addListener((o, a, f) -> setRows(RowFilter.apply(unfiltered, f)));
    }

    /** Set by the main view-model when the selected endpoint or its inventory changes. */
    public ObjectProperty<InventorySnapshot> snapshotProperty() {
        return snapshot;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** The tree's top-level nodes (groups), already filtered. */
    public ReadOnlyObjectProperty<List<TreeNode>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<NodeInfo>> nodesProperty() {
        return nodes.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<InventoryCounts> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    private void rebuild(InventorySnapshot s) {
        if (s == null) {
            unfiltered = List.of();
            rows.set(List.of());
            nodes.set(List.of());
            counts.set(InventoryCounts.EMPTY);
            return;
        }
        unfiltered = InventoryTreeBuilder.build(s);
        setRows(RowFilter.apply(unfiltered, filter.get()));
        List<NodeInfo> n = s.nodes().stream().sorted(Comparator.comparing(NodeInfo::hostname)).toList();
        if (!n.equals(nodes.get())) {
            nodes.set(n);
        }
        InventoryCounts c = InventoryCounts.of(s);
        if (!c.equals(counts.get())) {
            counts.set(c);
        }
    }

    /** Only a real change reaches the view: an event that changed nothing shown costs no layout. */
    private void setRows(List<TreeNode> r) {
        if (!r.equals(rows.get())) {
            rows.set(r);
        }
    }
}
