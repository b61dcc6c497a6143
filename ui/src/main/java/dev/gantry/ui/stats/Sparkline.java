package dev.gantry.ui.stats;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/** A tiny line of recent values on a canvas, for table cells (no axes, no nodes per point). */
public final class Sparkline extends Region {

    private final Canvas canvas = new Canvas();
    private double[] values = new double[0];
    private double max = Double.NaN;
    private Color stroke = Color.web("#3465a4");

    public Sparkline() {
        getStyleClass().add("sparkline");
        getChildren().add(canvas);
        setPrefSize(80, 18);
        setMinSize(20, 10);
    }

    /** The values, oldest first; the scale is 0..max (max of the values when unset). */
    public void setValues(double[] values) {
        this.values = values == null ? new double[0] : values.clone();
        draw();
    }

    /** A fixed top of the scale (e.g. 100 for CPU %), or NaN for the values' own maximum. */
    public void setMax(double max) {
        this.max = max;
        draw();
    }

    public void setStroke(Color stroke) {
        this.stroke = stroke;
        draw();
    }

    public double[] values() {
        return values.clone();
    }

    @Override
    protected void layoutChildren() {
        // A table lays its rows out again for many reasons; redraw only when the size changed.
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            draw();
        }
    }

    private void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        if (values.length < 2 || w <= 0 || h <= 0) {
            return;
        }
        double top = Double.isNaN(max) ? 0 : max;
        for (double v : values) {
            top = Math.max(top, v);
        }
        if (top <= 0) {
            top = 1;
        }
        g.setStroke(stroke);
        g.setLineWidth(1.2);
        g.beginPath();
        for (int i = 0; i < values.length; i++) {
            double x = i * (w - 1) / (values.length - 1);
            double y = h - 1 - Math.max(0, values[i]) / top * (h - 2);
            if (i == 0) {
                g.moveTo(x, y);
            } else {
                g.lineTo(x, y);
            }
        }
        g.stroke();
    }
}
