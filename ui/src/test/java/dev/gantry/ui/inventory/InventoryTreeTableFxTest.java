package dev.gantry.ui.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TreeTableCell;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class InventoryTreeTableFxTest {

    private InventoryTreeTable tree;

    @Start
    void start(Stage stage) {
        tree = new InventoryTreeTable();
        tree.show(InventoryTreeBuilder.build(Fixtures.sample()));
        stage.setScene(new Scene(tree, 1000, 500));
        stage.show();
    }

    @Test
    void anImageCellGetsItsTooltipWithTheWholeNameOnlyWhenThePointerEntersIt(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<TreeTableCell<?, ?>> images = imageCells();
        assertFalse(images.isEmpty(), "the sample shows image names");
        assertTrue(images.stream().allMatch(c -> c.getTooltip() == null), "no tooltip is made for the first frame");

        TreeTableCell<?, ?> cell = images.get(0);
        robot.interact(() -> Event.fireEvent(cell, new MouseEvent(MouseEvent.MOUSE_ENTERED, 5, 5, 5, 5, MouseButton.NONE,
                0, false, false, false, false, false, false, false, false, false, false, null)));
        assertNotNull(cell.getTooltip(), "hovering makes the tooltip");
        assertEquals(cell.getText(), cell.getTooltip().getText());
        assertTrue(cell.getText().contains("busybox"), cell.getText());
        assertEquals(1, imageCells().stream().filter(c -> c.getTooltip() != null).count(), "only the hovered cell has one");
    }

    private List<TreeTableCell<?, ?>> imageCells() {
        return tree.lookupAll(".tree-table-cell").stream()
                .filter(n -> n instanceof TreeTableCell<?, ?> c && c.getTableColumn() != null
                        && "Image".equals(c.getTableColumn().getText()) && c.getText() != null && !c.getText().isBlank() && c.isVisible())
                .map(InventoryTreeTableFxTest::cell).toList();
    }

    private static TreeTableCell<?, ?> cell(Node n) {
        return (TreeTableCell<?, ?>) n;
    }
}
