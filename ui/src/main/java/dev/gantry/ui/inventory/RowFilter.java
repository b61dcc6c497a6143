package dev.gantry.ui.inventory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The type-to-filter box: every word typed must appear in the row (name, image, state, ports,
 * node or error). A matching row keeps all its children; a parent stays when a child matches.
 */
public final class RowFilter {

    private RowFilter() {
    }

    public static List<TreeNode> apply(List<TreeNode> roots, String query) {
        String[] words = words(query);
        if (words.length == 0) {
            return roots;
        }
        List<TreeNode> out = new ArrayList<>();
        for (TreeNode n : roots) {
            TreeNode kept = keep(n, words);
            if (kept != null) {
                out.add(kept);
            }
        }
        return out;
    }

    private static TreeNode keep(TreeNode node, String[] words) {
        if (node.row().kind() != RowKind.GROUP && matches(node.row(), words)) {
            return node;
        }
        List<TreeNode> children = new ArrayList<>();
        for (TreeNode c : node.children()) {
            TreeNode k = keep(c, words);
            if (k != null) {
                children.add(k);
            }
        }
        return children.isEmpty() ? null : new TreeNode(node.row(), children);
    }

    static boolean matches(InventoryRow row, String[] words) {
        String text = row.searchText().toLowerCase(Locale.ROOT);
        return Arrays.stream(words).allMatch(text::contains);
    }

    private static String[] words(String query) {
        if (query == null || query.isBlank()) {
            return new String[0];
        }
        return query.trim().toLowerCase(Locale.ROOT).split("\\s+");
    }
}
