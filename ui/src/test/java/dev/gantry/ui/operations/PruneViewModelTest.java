package dev.gantry.ui.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.ops.KeptItem;
import dev.gantry.adapter.api.ops.PruneItem;
import dev.gantry.adapter.api.ops.PruneKind;
import dev.gantry.adapter.api.ops.PruneOperations;
import dev.gantry.adapter.api.ops.PrunePreview;
import dev.gantry.adapter.api.ops.PruneReport;
import dev.gantry.ui.concurrent.SameThreadExecutor;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PruneViewModelTest {

    private static final PruneItem A = new PruneItem(PruneKind.STOPPED_CONTAINERS, "a", "old-web", 1500, Instant.EPOCH);
    private static final PruneItem B = new PruneItem(PruneKind.UNUSED_NETWORKS, "b", "old-net", -1, Instant.EPOCH);
    private Set<PruneKind> asked;
    private PrunePreview removed;

    private final PruneOperations fake = new PruneOperations() {
        @Override
        public PrunePreview preview(Set<PruneKind> kinds) {
            asked = kinds;
            return new PrunePreview(kinds, Instant.EPOCH, List.of(A, B),
                    List.of(new KeptItem(PruneKind.UNUSED_NETWORKS, "c", "web-net", "used by container web-1")));
        }

        @Override
        public PruneReport remove(PrunePreview preview) {
            removed = preview;
            return new PruneReport(preview.items(), List.of(), List.of(), 1500);
        }
    };

    @Test
    void previewsTheDefaultSelectionWithoutVolumesThenRemovesOnlyTheTickedItems() {
        PruneViewModel vm = new PruneViewModel(fake, new SameThreadExecutor());
        assertFalse(vm.kindSelectedProperty(PruneKind.UNUSED_VOLUMES).get());
        vm.preview();
        assertEquals(PruneKind.defaultSelection(), asked);
        assertEquals(List.of(A, B), vm.items());
        assertEquals("used by container web-1", vm.kept().get(0).reason());
        assertEquals("2 item(s) will be removed, 1.5 kB in total; 1 stay in use.", vm.summaryProperty().get());

        vm.setTicked(B, false);
        assertEquals("1 item(s) will be removed, 1.5 kB in total; 1 stay in use.", vm.summaryProperty().get());
        vm.confirm();
        assertEquals(List.of(A), removed.items(), "exactly the ticked previewed items");
        assertEquals("Removed 1 item(s), reclaimed 1.5 kB.", vm.summaryProperty().get());
        assertFalse(vm.canConfirmProperty().get());
    }

    @Test
    void changingTheSelectionInvalidatesThePreview() {
        PruneViewModel vm = new PruneViewModel(fake, new SameThreadExecutor());
        vm.preview();
        assertTrue(vm.canConfirmProperty().get());
        vm.kindSelectedProperty(PruneKind.UNUSED_VOLUMES).set(true);
        assertFalse(vm.canConfirmProperty().get());
        assertTrue(vm.items().isEmpty());
        vm.confirm();
        assertEquals(null, removed);
    }

    @Test
    void reportsSkippedAndFailedItems() {
        PruneReport r = new PruneReport(List.of(A), List.of(new PruneReport.Outcome(B, "now used by container late")),
                List.of(), 1500);
        assertEquals("Removed 1 item(s), reclaimed 1.5 kB. Skipped old-net: now used by container late.", PruneViewModel.describe(r));
    }
}
