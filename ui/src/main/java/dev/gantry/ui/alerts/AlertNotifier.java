package dev.gantry.ui.alerts;

import dev.gantry.adapter.alerts.AlertEvent;
import java.util.function.Consumer;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/** Shows a fired alert as a desktop notification (ControlsFX), on the UI thread. */
public final class AlertNotifier implements Consumer<AlertEvent> {

    @Override
    public void accept(AlertEvent e) {
        Notifications.create()
                .title("Gantry alert: " + e.rule().name())
                .text(e.message())
                .hideAfter(Duration.seconds(10))
                .showWarning();
    }
}
