package dev.gantry.app;

import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Loads the fonts on the second core while the JavaFX thread builds and styles the window: the
 * first text measured otherwise makes that thread read the system's font configuration and the
 * icon font (docs/benchmarks.md, "Main window"). Nodes outside a scene may be made on any thread.
 */
final class FontWarmUp {

    private FontWarmUp() {
    }

    static void start() {
        Thread t = new Thread(() -> {
            try {
                Font.getDefault();
                Font.font(Font.getDefault().getFamily(), javafx.scene.text.FontWeight.BOLD, 13);
                new Text("Gantry 0123456789").getLayoutBounds();
                new FontIcon(Feather.LAYERS).getLayoutBounds();
            } catch (RuntimeException e) {
                // only a head start: the window loads what it needs itself
            }
        }, "gantry-font-warmup");
        t.setDaemon(true);
        t.start();
    }
}
