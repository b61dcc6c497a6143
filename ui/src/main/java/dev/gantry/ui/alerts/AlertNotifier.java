package dev.gantry.ui.alerts;

import dev.gantry.adapter.alerts.AlertEvent;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * Shows a fired alert as a desktop notification (ControlsFX), on the UI thread, at the bottom right
 * of the main window. Owned by the main window, not by whichever dialog has the focus: a
 * notification owned by a dialog went away with it, and took that dialog's keys.
 */
public final class AlertNotifier implements Consumer<AlertEvent> {

    static final String STYLESHEET = AlertNotifier.class.getResource("/dev/gantry/ui/alerts/notifications.css").toExternalForm();
    /** Characters a line: ControlsFX sizes the box to the text on one line (1,100 px for a task's name). */
    static final int LINE = 64;
    private final Supplier<Window> owner;

    public AlertNotifier(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void accept(AlertEvent e) {
        Window w = owner.get();
        Notifications n = Notifications.create()
                .title("Gantry alert: " + e.rule().name())
                .text(wrap(e.message(), LINE))
                .hideAfter(Duration.seconds(10));
        if (w != null && w.getScene() != null) {
            // after ControlsFX's own notificationpopup.css (which it puts first), so these rules win
            if (!w.getScene().getStylesheets().contains(STYLESHEET)) {
                w.getScene().getStylesheets().add(STYLESHEET);
            }
            n.owner(w);
        }
        n.showWarning();
    }

    /**
     * Breaks the text into lines of at most {@code width} characters at spaces (a longer word
     * keeps a line of its own). Line breaks in the text itself, not CSS wrapping: ControlsFX stacks
     * the boxes by their one-line height, so wrapped boxes overlapped.
     */
    static String wrap(String text, int width) {
        StringBuilder out = new StringBuilder();
        int lineLength = 0;
        for (String word : text.strip().split("\\s+")) {
            if (lineLength > 0 && lineLength + 1 + word.length() > width) {
                out.append('\n');
                lineLength = 0;
            } else if (lineLength > 0) {
                out.append(' ');
                lineLength++;
            }
            out.append(word);
            lineLength += word.length();
        }
        return out.toString();
    }
}
