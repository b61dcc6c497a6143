package dev.gantry.ui.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.gantry.ui.stats.Sparkline;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A new CPU sample in a visible row must not lay the whole inventory out again. */
@ExtendWith(ApplicationExtension.class)
class SparkAndFigureFxTest {

    private Sparkline line;
    private Label figure;
    private VBox table;

    @Start
    void start(Stage stage) {
        line = new Sparkline();
        figure = new Label("0.1%");
        table = new VBox();
        table.getChildren().add(new SparkAndFigure(line, figure));
        stage.setScene(new Scene(table, 300, 100));
        stage.show();
    }

    @Test
    void aNewFigureAndLineLayOutOnlyThemselves(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        boolean[] tableDirty = new boolean[1];
        double[] figureX = new double[1];
        robot.interact(() -> {
            line.setValues(new double[] {1, 5, 3});
            figure.setText("12.5%");
            tableDirty[0] = table.isNeedsLayout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> figureX[0] = figure.getLayoutX());
        assertFalse(tableDirty[0], "the figure's new text asked the parents for a layout pass");
        assertEquals(52, figureX[0], 0.01, "the figure sits right of the line");
    }

    @Test
    void inANarrowColumnTheLineGivesWayAndTheFigureStaysWhole(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        double[] got = new double[3];
        robot.interact(() -> {
            SparkAndFigure box = (SparkAndFigure) table.getChildren().get(0);
            box.resize(80, 20);
            box.layout();
            got[0] = line.getWidth();
            got[1] = figure.getLayoutX() + figure.getWidth();
            got[2] = figure.getWidth();
        });
        assertEquals(38, got[0], 0.01, "the line shrinks");
        assertEquals(80, got[1], 0.01, "the figure ends at the column's edge");
        assertEquals(38, got[2], 0.01, "the figure keeps its width");
    }
}
