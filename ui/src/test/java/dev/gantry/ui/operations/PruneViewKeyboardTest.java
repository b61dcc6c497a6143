package dev.gantry.ui.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gantry.adapter.api.ops.KeptItem;
import dev.gantry.adapter.api.ops.PruneItem;
import dev.gantry.adapter.api.ops.PruneKind;
import dev.gantry.adapter.api.ops.PruneOperations;
import dev.gantry.adapter.api.ops.PrunePreview;
import dev.gantry.adapter.api.ops.PruneReport;
import dev.gantry.ui.actions.Dialogs;
import dev.gantry.ui.concurrent.SameThreadExecutor;
import dev.gantry.ui.fx.ShownText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Enter in a freshly opened prune dialog previews with the ticked kinds. It used to untick the
 * focused first box ("stopped containers") instead, leaving "The selection changed: preview again."
 * and empty tables (seen in the running app and in the README's screenshot).
 */
@ExtendWith(ApplicationExtension.class)
class PruneViewKeyboardTest {

    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @Test
    void enterPreviewsTheDefaultKinds(FxRobot robot) throws Exception {
        List<Set<PruneKind>> asked = new ArrayList<>();
        PruneOperations prune = new PruneOperations() {
            @Override
            public PrunePreview preview(Set<PruneKind> kinds) {
                asked.add(EnumSet.copyOf(kinds));
                return new PrunePreview(kinds, Instant.now(),
                        List.of(new PruneItem(PruneKind.STOPPED_CONTAINERS, "c1", "gantry-demo-blog-migrate-1", 0,
                                        Instant.parse("2026-12-06T05:07:30Z")),
                                new PruneItem(PruneKind.DANGLING_IMAGES, "sha256:9bf5", "<none> 9bf5fb1c70a8", 2_076_000,
                                        Instant.parse("2026-12-06T05:07:30Z"))),
                        List.of(new KeptItem(PruneKind.DANGLING_IMAGES, "sha256:d52d", "<none> d52d97487899",
                                "used by container gantry-demo-legacy")));
            }

            @Override
            public PruneReport remove(PrunePreview preview) {
                throw new AssertionError("Enter must never remove");
            }
        };
        PruneViewModel vm = new PruneViewModel(prune, new SameThreadExecutor());
        Stage dialog = WaitForAsyncUtils.asyncFx(() -> Dialogs.open(owner, "Prune unused resources", new PruneView(vm), null))
                .get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(PruneKind.defaultSelection()), asked);
        assertEquals(2, vm.items().size());
        assertEquals(1, vm.kept().size());
        // and the dialog is wide enough to read them (it opened 420 px wide: "stoppe…", "gantry-…")
        List<String> clipped = WaitForAsyncUtils.asyncFx(() -> {
            dialog.getScene().getRoot().applyCss();
            dialog.getScene().getRoot().layout();
            return ShownText.clipped(dialog.getScene().getRoot());
        }).get(30, TimeUnit.SECONDS);
        assertEquals(List.of(), clipped);

        // a kind box ticked off with the mouse, then Enter: a preview without it (Enter used to tick it again)
        robot.clickOn("#kind-BUILD_CACHE");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Set<PruneKind> withoutCache = EnumSet.copyOf(PruneKind.defaultSelection());
        withoutCache.remove(PruneKind.BUILD_CACHE);
        assertEquals(List.of(PruneKind.defaultSelection(), withoutCache), asked);
    }
}
