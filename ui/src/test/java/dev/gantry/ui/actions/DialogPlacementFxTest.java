package dev.gantry.ui.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.ServiceInfo;
import dev.gantry.adapter.api.ops.ServiceOperations;
import dev.gantry.ui.concurrent.SameThreadExecutor;
import dev.gantry.ui.operations.ScaleView;
import dev.gantry.ui.operations.ScaleViewModel;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A dialog resized after it was shown is put back over its owner (openbox left it in the top-left corner). */
@ExtendWith(ApplicationExtension.class)
class DialogPlacementFxTest {

    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 900, 600));
        stage.setX(100);
        stage.setY(50);
        stage.show();
    }

    @Test
    void aDialogSitsOverTheMiddleOfItsOwner() throws Exception {
        double[] at = WaitForAsyncUtils.asyncFx(() -> {
            Stage dialog = new Stage();
            dialog.initOwner(owner);
            Region content = new Region();
            content.setPrefSize(300, 200);
            dialog.setScene(new Scene(content));
            dialog.setX(0);
            dialog.setY(0);
            dialog.show();
            dialog.sizeToScene();
            Dialogs.placeOverOwner(dialog);
            double[] xy = {dialog.getX(), dialog.getY(), dialog.getWidth(), dialog.getHeight(),
                owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight()};
            dialog.close();
            return xy;
        }).get(10, TimeUnit.SECONDS);
        assertEquals(at[4] + (at[6] - at[2]) / 2, at[0], 1.0, "centred across the owner");
        assertEquals(at[5] + (at[7] - at[3]) / 3, at[1], 1.0, "a third down the owner");
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    /** What a dialog shows, read on the FX thread (layout read off it once failed in PrismTextLayout). */
    private record Seen(double x, double y, double width, double height, boolean verticalBar, double contentHeight,
                        double viewportHeight, String titleShown, double ownerX, double ownerWidth) {
    }

    private Seen seen(Stage dialog, ScaleView view) {
        ScrollPane scroll = (ScrollPane) dialog.getScene().getRoot();
        boolean bar = scroll.lookupAll(".scroll-bar").stream().anyMatch(n -> n instanceof ScrollBar b
                && b.getOrientation() == Orientation.VERTICAL && b.isVisible());
        Label title = (Label) view.getChildren().get(0);
        return new Seen(dialog.getX(), dialog.getY(), dialog.getWidth(), dialog.getHeight(), bar,
                view.getLayoutBounds().getHeight(), scroll.getViewportBounds().getHeight(),
                ((Text) title.lookup(".text")).getText(), owner.getX(), owner.getWidth());
    }

    /** After a validation message the Scale dialog got a scroll bar and its title was cut ("Scale gantry-demo_…"). */
    @Test
    void aDialogGrowsWithItsContentAndStaysOverItsOwner() throws Exception {
        ServiceOperations none = (ServiceOperations) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ServiceOperations.class}, (proxy, method, args) -> {
                    throw new UnsupportedOperationException("not scaled in this test");
                });
        ServiceInfo web = new ServiceInfo("s1", "gantry-demo_web", "gantry-demo", "gantry-test/busybox:1", "replicated", 3, 3,
                List.of(), null, Map.of(), Instant.EPOCH, Instant.EPOCH, 1);
        ScaleViewModel model = new ScaleViewModel(none, new SameThreadExecutor(), web);
        ScaleView view = fx(() -> new ScaleView(model));
        Stage dialog = fx(() -> Dialogs.open(owner, "Scale gantry-demo_web", view, null));
        WaitForAsyncUtils.waitForFxEvents();
        Seen before = fx(() -> seen(dialog, view));
        assertFalse(before.verticalBar(), "no scroll bar at first: " + before);

        Seen wider = type(model, dialog, view, "a dozen");
        Seen taller = type(model, dialog, view, "a dozen, or thirteen if the load keeps climbing the way it did this morning");
        fx(() -> {
            dialog.close();
            return null;
        });

        for (Seen after : List.of(wider, taller)) {
            assertFalse(after.verticalBar(), "no scroll bar: " + after);
            assertTrue(after.contentHeight() <= after.viewportHeight() + 0.5, "all of it visible: " + after);
            assertEquals("Scale gantry-demo_web", after.titleShown(), "the title is not cut");
            assertEquals(after.ownerX() + after.ownerWidth() / 2, after.x() + after.width() / 2, 1.0,
                    "still centred over its owner");
        }
        assertTrue(wider.width() > before.width(), "a short message widens it to one line: " + before + " -> " + wider);
        assertTrue(taller.height() > wider.height() && taller.width() <= Dialogs.GROW_WIDTH_UP_TO + 20,
                "a long one wraps at the width it may grow to, and it grows taller: " + wider + " -> " + taller);
    }

    private Seen type(ScaleViewModel model, Stage dialog, ScaleView view, String text) throws Exception {
        fx(() -> {
            model.replicasTextProperty().set(text);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return fx(() -> seen(dialog, view));
    }
}
