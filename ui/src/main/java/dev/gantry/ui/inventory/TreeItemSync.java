package dev.gantry.ui.inventory;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;

/**
 * Brings a TreeItem's children in line with new nodes in place, matched by row id: kept items keep
 * their identity, expansion, selection and scroll position; only changed values are set.
 */
final class TreeItemSync {

    private final Predicate<InventoryRow> expandNew;

    /** @param expandNew whether a row seen for the first time starts expanded */
    TreeItemSync(Predicate<InventoryRow> expandNew) {
        this.expandNew = expandNew;
    }

    void sync(TreeItem<InventoryRow> parent, List<TreeNode> nodes) {
        ObservableList<TreeItem<InventoryRow>> children = parent.getChildren();
        Set<String> wanted = new HashSet<>();
        nodes.forEach(n -> wanted.add(n.row().id()));
        children.removeIf(item -> !wanted.contains(item.getValue().id()));
        Map<String, TreeItem<InventoryRow>> existing = new HashMap<>();
        children.forEach(item -> existing.put(item.getValue().id(), item));
        for (int i = 0; i < nodes.size(); i++) {
            TreeNode node = nodes.get(i);
            TreeItem<InventoryRow> item = existing.get(node.row().id());
            if (item == null) {
                item = new TreeItem<>(node.row());
                item.setExpanded(expandNew.test(node.row()));
                children.add(i, item);
            } else {
                if (!item.getValue().equals(node.row())) {
                    item.setValue(node.row());
                }
                int at = children.indexOf(item);
                if (at != i) {
                    children.remove(at);
                    children.add(i, item);
                }
            }
            sync(item, node.children());
        }
    }
}
