package dev.gantry.ui.fx;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/** Test helper: the labelled controls under a node whose text the skin had to cut ("Reload" drawn as "…"). */
public final class ShownText {

    private ShownText() {
    }

    /** "id or text: shown as 'x'" for every visible Labeled under {@code root} whose drawn text differs from its text. */
    public static List<String> clipped(Parent root) {
        List<String> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node n, List<String> out) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty() && !l.isWrapText()) {
            Text drawn = drawnText(l);
            if (drawn != null && !l.getText().equals(drawn.getText())) {
                out.add((l.getId() != null ? l.getId() : l.getText()) + ": shown as '" + drawn.getText() + "'");
            }
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, out);
            }
        }
    }

    /** The Text node the skin draws the label with (a direct child of the control). */
    private static Text drawnText(Labeled l) {
        for (Node c : l.getChildrenUnmodifiable()) {
            if (c instanceof Text t) {
                return t;
            }
        }
        return null;
    }
}
