package dev.gantry.ui.endpoint;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One endpoint in the sidebar: health dot, name, host, and what it is doing. */
final class EndpointCell extends ListCell<EndpointViewModel> {

    private final Region dot = new Region();
    private final Label name = new Label();
    private final Label host = new Label();
    private final Label status = new Label();
    private final HBox box;
    private EndpointViewModel bound;
    private final ChangeListener<Object> refresh = (o, a, b) -> render();

    EndpointCell() {
        dot.getStyleClass().add("health-dot");
        dot.setMinSize(9, 9);
        dot.setMaxSize(9, 9);
        name.getStyleClass().add("endpoint-name");
        host.getStyleClass().add("endpoint-host");
        status.getStyleClass().add("endpoint-status");
        status.setWrapText(true);
        VBox text = new VBox(1, name, host, status);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMinWidth(0);
        box = new HBox(9, dot, text);
        box.setAlignment(Pos.TOP_LEFT);
        getStyleClass().add("endpoint-cell");
        // Let the list's width decide; long hosts and reasons are clipped or wrapped, never scrolled.
        setPrefWidth(0);
        name.setMinWidth(0);
        host.setMinWidth(0);
    }

    @Override
    protected void updateItem(EndpointViewModel vm, boolean empty) {
        super.updateItem(vm, empty);
        if (bound != null) {
            bound.phaseProperty().removeListener(refresh);
            bound.retryInProperty().removeListener(refresh);
            bound.reasonProperty().removeListener(refresh);
            bound.profileProperty().removeListener(refresh);
            bound.infoProperty().removeListener(refresh);
        }
        bound = empty ? null : vm;
        if (bound == null) {
            setGraphic(null);
            return;
        }
        bound.phaseProperty().addListener(refresh);
        bound.retryInProperty().addListener(refresh);
        bound.reasonProperty().addListener(refresh);
        bound.profileProperty().addListener(refresh);
        bound.infoProperty().addListener(refresh);
        render();
        setGraphic(box);
    }

    private void render() {
        EndpointViewModel vm = bound;
        if (vm == null) {
            return;
        }
        name.setText(vm.profile().name());
        host.setText(vm.profile().host().toString());
        dot.getStyleClass().removeIf(c -> c.startsWith("dot-"));
        ConnectionPhase phase = vm.phaseProperty().get();
        dot.getStyleClass().add("dot-" + phase.name().toLowerCase(java.util.Locale.ROOT));
        status.getStyleClass().removeAll("status-bad");
        int retry = vm.retryInProperty().get();
        String text = switch (phase) {
            case CONNECTING -> "Connecting…";
            case CONNECTED -> vm.infoProperty().get() == null ? "Connected"
                    : "Engine " + vm.infoProperty().get().serverVersion() + " · " + vm.infoProperty().get().role();
            case LOST -> "Lost" + (retry >= 0 ? " · retrying in " + retry + " s" : " · retrying");
            case REFUSED -> vm.reasonProperty().get() + (retry >= 0 ? " Retrying in " + retry + " s." : "");
        };
        if (phase == ConnectionPhase.REFUSED || phase == ConnectionPhase.LOST) {
            status.getStyleClass().add("status-bad");
        }
        status.setText(text);
    }
}
