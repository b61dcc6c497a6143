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
    private final Supplier<Window> owner;

    public AlertNotifier(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void accept(AlertEvent e) {
        Window w = owner.get();
        Notifications n = Notifications.create()
                .title("Gantry alert: " + e.rule().name())
                .text(e.message())
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
}
