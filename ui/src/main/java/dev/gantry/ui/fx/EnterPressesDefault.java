package dev.gantry.ui.fx;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Enter on a focused check box presses the window's default button. JavaFX's check box takes
 * Enter itself and toggles: a box ticked with the mouse (Force, a prune kind) was unticked again
 * by the Enter meant for Remove or Preview, and nothing else happened.
 */
public final class EnterPressesDefault {

    private EnterPressesDefault() {
    }

    public static void install(CheckBox box) {
        box.addEventFilter(KeyEvent.ANY, e -> {
            if (e.getCode() != KeyCode.ENTER || box.getScene() == null) {
                return;
            }
            e.consume();
            if (e.getEventType() == KeyEvent.KEY_PRESSED) {
                for (Node n : box.getScene().getRoot().lookupAll(".button")) {
                    if (n instanceof Button b && b.isDefaultButton() && !b.isDisabled() && b.isVisible()) {
                        b.fire();
                        return;
                    }
                }
            }
        });
    }
}
