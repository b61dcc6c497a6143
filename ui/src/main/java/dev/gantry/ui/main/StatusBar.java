package dev.gantry.ui.main;

import dev.gantry.adapter.api.EngineInfo;
import dev.gantry.ui.endpoint.ConnectionPhase;
import dev.gantry.ui.endpoint.EndpointViewModel;
import dev.gantry.ui.inventory.InventoryCounts;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Engine version, swarm role, counts, and the time of the last event. */
final class StatusBar extends HBox {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());
    private final Label engine = label("status-engine", Feather.SERVER);
    private final Label role = label("status-role", Feather.SHARE_2);
    private final Label counts = label("status-counts", Feather.LAYERS);
    private final Label live = label("status-live", Feather.ACTIVITY);
    private final ObjectProperty<EndpointViewModel> selected;
    private final ObservableValue<InventoryCounts> countsValue;
    private final InvalidationListener render = o -> render();
    private EndpointViewModel bound;

    StatusBar(ObjectProperty<EndpointViewModel> selected, ObservableValue<InventoryCounts> countsValue) {
        this.selected = selected;
        this.countsValue = countsValue;
        setId("status-bar");
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(18);
        setPadding(new Insets(4, 12, 4, 12));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        getChildren().setAll(engine, role, counts, gap, live);
        selected.addListener((o, a, b) -> rebind(b));
        countsValue.addListener(render);
        rebind(selected.get());
    }

    private void rebind(EndpointViewModel vm) {
        if (bound != null) {
            for (Observable o : observables(bound)) {
                o.removeListener(render);
            }
        }
        bound = vm;
        if (vm != null) {
            for (Observable o : observables(vm)) {
                o.addListener(render);
            }
        }
        render();
    }

    private static Observable[] observables(EndpointViewModel vm) {
        return new Observable[] {vm.infoProperty(), vm.lastEventProperty(), vm.phaseProperty(), vm.eventsLiveProperty()};
    }

    private void render() {
        EndpointViewModel vm = selected.get();
        EngineInfo info = vm == null ? null : vm.infoProperty().get();
        engine.setText(info == null ? "No engine" : "Docker " + info.serverVersion() + " · API " + info.negotiatedApiVersion()
                + " · " + info.os() + "/" + info.arch());
        role.setText(info == null ? "—" : "swarm " + info.role());
        counts.setText(countsValue.getValue() == null ? "" : countsValue.getValue().summary());
        Instant last = vm == null ? null : vm.lastEventProperty().get();
        boolean isLive = vm != null && vm.phaseProperty().get() == ConnectionPhase.CONNECTED && vm.eventsLiveProperty().get();
        String state = isLive ? "live-on" : "live-off";
        if (!live.getStyleClass().contains(state)) { // a style class change restyles and repaints the item
            live.getStyleClass().removeAll("live-on", "live-off");
            live.getStyleClass().add(state);
        }
        live.setText((isLive ? "Live" : "Not live") + " · last event " + (last == null ? "—" : CLOCK.format(last)));
    }

    private static Label label(String id, Feather icon) {
        Label l = new Label("", new FontIcon(icon));
        l.setId(id);
        l.getStyleClass().add("status-item");
        return l;
    }
}
