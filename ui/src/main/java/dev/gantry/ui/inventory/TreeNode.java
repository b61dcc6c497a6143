package dev.gantry.ui.inventory;

import java.util.List;

/** An immutable tree of rows: the whole inventory as the view should show it. */
public record TreeNode(InventoryRow row, List<TreeNode> children) {

    public TreeNode {
        children = List.copyOf(children);
    }

    public static TreeNode leaf(InventoryRow row) {
        return new TreeNode(row, List.of());
    }

    /** Depth-first search by row id. */
    public TreeNode find(String id) {
        if (row != null && row.id().equals(id)) {
            return this;
        }
        for (TreeNode c : children) {
            TreeNode f = c.find(id);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    public int size() {
        int n = row == null ? 0 : 1;
        for (TreeNode c : children) {
            n += c.size();
        }
        return n;
    }
}
