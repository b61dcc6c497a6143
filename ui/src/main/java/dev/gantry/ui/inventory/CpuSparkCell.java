package dev.gantry.ui.inventory;

import dev.gantry.ui.stats.Sparkline;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TreeTableCell;

/**
 * The inventory's CPU cell: the row's recent CPU as a sparkline and its latest figure. It attaches its
 * row to {@link InventorySparklines} only while it shows the row and is visible, so scrolled-away and
 * collapsed rows are not sampled.
 */
final class CpuSparkCell extends TreeTableCell<InventoryRow, InventoryRow> {

    /** The scale runs to at least this CPU %, so an idle container's jitter stays a flat line. */
    static final double MIN_SCALE = 10;
    private final InventorySparklines sparks;
    private final Sparkline line = new Sparkline();
    private final Label figure = new Label();
    private final SparkAndFigure box = new SparkAndFigure(line, figure);
    private final ChangeListener<double[]> onValues = (o, a, v) -> render(v);
    private String attached;
    private ReadOnlyObjectProperty<double[]> values;

    CpuSparkCell(InventorySparklines sparks) {
        this.sparks = sparks;
        getStyleClass().add("cpu-cell");
        line.setMax(MIN_SCALE);
        line.setPrefSize(48, 16);
        figure.getStyleClass().add("cpu-figure");
        figure.setAlignment(Pos.CENTER_RIGHT);
        visibleProperty().addListener(o -> reattach());
    }

    @Override
    protected void updateItem(InventoryRow row, boolean empty) {
        super.updateItem(row, empty);
        reattach();
    }

    private void reattach() {
        InventoryRow row = isEmpty() ? null : getItem();
        String want = row != null && isVisible() && RowContainers.hasContainers(row.kind()) ? row.id() : null;
        if (!Objects.equals(want, attached)) {
            if (attached != null) {
                values.removeListener(onValues);
                sparks.detach(attached);
                values = null;
            }
            attached = want;
            if (want != null) {
                values = sparks.attach(row);
                values.addListener(onValues);
            }
        }
        render(values == null ? null : values.get());
    }

    private void render(double[] v) {
        if (v == null || v.length == 0) {
            setGraphic(null);
            return;
        }
        line.setValues(v);
        figure.setText(String.format(Locale.ROOT, v[v.length - 1] < 10 ? "%.1f%%" : "%.0f%%", v[v.length - 1]));
        setGraphic(box);
    }
}
