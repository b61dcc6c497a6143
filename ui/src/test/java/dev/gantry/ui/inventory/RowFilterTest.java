package dev.gantry.ui.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowFilterTest {

    private final List<TreeNode> roots = InventoryTreeBuilder.build(Fixtures.sample());

    private static List<String> ids(List<TreeNode> nodes) {
        List<String> out = new ArrayList<>();
        for (TreeNode n : nodes) {
            out.add(n.row().id());
            out.addAll(ids(n.children()));
        }
        return out;
    }

    @Test
    void emptyQueryKeepsEverything() {
        assertSame(roots, RowFilter.apply(roots, "  "));
    }

    @Test
    void aMatchingRowKeepsItsAncestorsAndChildren() {
        List<String> ids = ids(RowFilter.apply(roots, "worker"));
        assertEquals(List.of(InventoryTreeBuilder.STACKS, "stack:shop", "s-worker", "t-w1b", "t-w1a", "t-w1old", "t-w2"), ids);
    }

    @Test
    void matchesStateErrorsAndNodesCaseInsensitively() {
        assertTrue(ids(RowFilter.apply(roots, "REJECTED")).contains("t-w2"));
        assertTrue(ids(RowFilter.apply(roots, "suitable")).contains("t-w2"));
        assertTrue(ids(RowFilter.apply(roots, "unhealthy")).contains("t-l1"));
    }

    @Test
    void allWordsMustMatch() {
        List<String> ids = ids(RowFilter.apply(roots, "blog exited"));
        assertEquals(List.of(InventoryTreeBuilder.PROJECTS, "project:blog", "c-db"), ids);
    }

    @Test
    void nothingMatchesGivesNothing() {
        assertEquals(List.of(), RowFilter.apply(roots, "zzz-nothing"));
    }
}
