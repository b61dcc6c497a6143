package dev.gantry.ui.inventory;

import javafx.scene.control.Label;

/** A small rounded, coloured state label. */
public final class BadgeLabel extends Label {

    public BadgeLabel() {
        getStyleClass().add("badge");
        setVisible(false);
    }

    public void show(Badge badge) {
        getStyleClass().removeIf(c -> c.startsWith("badge-"));
        if (badge == null || badge == Badge.NONE) {
            setVisible(false);
            setText("");
            return;
        }
        setVisible(true);
        setText(badge.label());
        getStyleClass().add("badge-" + badge.tone());
    }
}
