package dev.gantry.ui.inventory;

import dev.gantry.ui.stats.Sparkline;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * The line and the figure at fixed places. Both are unmanaged, so a new sample (a redrawn canvas
 * and a new figure every two seconds in every visible row) lays out only the figure itself, not
 * the row and the whole table as a Label in an HBox did.
 */
final class SparkAndFigure extends Region {
    private static final double LINE_WIDTH = 48;
    private static final double MIN_LINE_WIDTH = 20;
    private static final double LINE_HEIGHT = 16;
    private static final double GAP = 4;
    private static final double FIGURE_WIDTH = 38;
    private final Sparkline line;
    private final Label figure;

    SparkAndFigure(Sparkline line, Label figure) {
        this.line = line;
        this.figure = figure;
        line.setManaged(false);
        figure.setManaged(false);
        getChildren().setAll(line, figure);
    }

    @Override
    protected double computePrefWidth(double height) {
        return LINE_WIDTH + GAP + FIGURE_WIDTH;
    }

    @Override
    protected double computeMinWidth(double height) {
        return MIN_LINE_WIDTH + GAP + FIGURE_WIDTH;
    }

    @Override
    protected double computePrefHeight(double width) {
        return Math.max(LINE_HEIGHT, figure.prefHeight(-1));
    }

    @Override
    protected void layoutChildren() {
        // The figure keeps its width at the right; the line takes what is left of a narrow column.
        double w = getWidth();
        double h = getHeight();
        double lineWidth = Math.max(MIN_LINE_WIDTH, Math.min(LINE_WIDTH, w - GAP - FIGURE_WIDTH));
        line.resizeRelocate(0, Math.round((h - LINE_HEIGHT) / 2), lineWidth, LINE_HEIGHT);
        figure.resizeRelocate(lineWidth + GAP, 0, Math.max(FIGURE_WIDTH, w - lineWidth - GAP), h);
    }
}
