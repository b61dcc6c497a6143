package dev.gantry.ui.stats;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;

/** A table cell showing a column of recent values (double[]) as a sparkline. */
public final class SparklineTableCell<S> extends TableCell<S, double[]> {

    private final Sparkline line = new Sparkline();

    public SparklineTableCell(double max) {
        line.setMax(max);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(double[] values, boolean empty) {
        super.updateItem(values, empty);
        if (empty || values == null) {
            setGraphic(null);
        } else {
            line.setValues(values);
            setGraphic(line);
        }
    }
}
