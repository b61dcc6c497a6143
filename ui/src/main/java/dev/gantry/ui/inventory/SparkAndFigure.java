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
        return computePrefWidth(height);
    }

    @Override
    protected double computePrefHeight(double width) {
        return Math.max(LINE_HEIGHT, figure.prefHeight(-1));
    }

    @Override
    protected void layoutChildren() {
        double h = getHeight();
        line.resizeRelocate(0, Math.round((h - LINE_HEIGHT) / 2), LINE_WIDTH, LINE_HEIGHT);
        figure.resizeRelocate(LINE_WIDTH + GAP, 0, Math.max(FIGURE_WIDTH, getWidth() - LINE_WIDTH - GAP), h);
    }
}
