package dev.gantry.ui.alerts;

import dev.gantry.adapter.alerts.AlertEvent;
import dev.gantry.adapter.alerts.AlertMetric;
import dev.gantry.adapter.alerts.AlertRule;
import dev.gantry.adapter.alerts.AlertScope;
import dev.gantry.adapter.alerts.Comparison;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** The alerts panel: the history (newest first, fired ones marked) and the rules with an editor. */
public final class AlertsPanel extends BorderPane {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());
    private final AlertsViewModel vm;

    public AlertsPanel(AlertsViewModel vm) {
        this.vm = vm;
        getStyleClass().add("alerts-panel");
        SplitPane split = new SplitPane(historyTable(), rulesPane());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        setCenter(split);
    }

    private TableView<AlertEvent> historyTable() {
        TableView<AlertEvent> table = new TableView<>(vm.events());
        table.setId("alerts-history");
        table.setPlaceholder(new Label("No alerts yet."));
        table.getColumns().add(column("Time", e -> TIME.format(e.time()), 140));
        table.getColumns().add(column("State", e -> e.kind() == AlertEvent.Kind.FIRED ? "FIRING" : "resolved", 80));
        table.getColumns().add(column("Rule", e -> e.rule().name(), 140));
        table.getColumns().add(column("Subject", e -> e.subject().name(), 160));
        table.getColumns().add(column("Message", AlertEvent::message, 420));
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(AlertEvent e, boolean empty) {
                super.updateItem(e, empty);
                getStyleClass().remove("alert-firing");
                if (!empty && e != null && e.kind() == AlertEvent.Kind.FIRED) {
                    getStyleClass().add("alert-firing");
                }
            }
        });
        return table;
    }

    private static TableColumn<AlertEvent, String> column(String title, java.util.function.Function<AlertEvent, String> f,
                                                          double width) {
        TableColumn<AlertEvent, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new SimpleStringProperty(f.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private VBox rulesPane() {
        ListView<AlertRule> list = new ListView<>(vm.rules());
        list.setId("alerts-rules");
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(AlertRule r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : (r.enabled() ? "" : "(off) ") + r.name() + " — " + r.describe());
            }
        });
        Button toggle = new Button("On/off");
        toggle.setOnAction(e -> {
            AlertRule r = list.getSelectionModel().getSelectedItem();
            if (r != null) {
                vm.setEnabled(r, !r.enabled());
            }
        });
        Button remove = new Button("Remove");
        remove.setOnAction(e -> {
            AlertRule r = list.getSelectionModel().getSelectedItem();
            if (r != null) {
                vm.remove(r);
            }
        });
        Button defaults = new Button("Defaults");
        defaults.setOnAction(e -> vm.restoreDefaults());

        TextField name = new TextField();
        name.setPromptText("name");
        name.setId("rule-name");
        ChoiceBox<AlertMetric> metric = new ChoiceBox<>();
        metric.getItems().setAll(AlertMetric.values());
        metric.setValue(AlertMetric.CPU_PERCENT);
        metric.setId("rule-metric");
        ChoiceBox<Comparison> cmp = new ChoiceBox<>();
        cmp.getItems().setAll(Comparison.values());
        cmp.setValue(Comparison.ABOVE);
        TextField threshold = new TextField("80");
        threshold.setPrefColumnCount(5);
        threshold.setId("rule-threshold");
        TextField duration = new TextField("30");
        duration.setPrefColumnCount(4);
        duration.setId("rule-duration");
        ChoiceBox<AlertScope> scope = new ChoiceBox<>();
        scope.getItems().setAll(AlertScope.values());
        scope.setValue(AlertScope.ENDPOINT);
        TextField target = new TextField();
        target.setPromptText("container/service/stack");
        target.setId("rule-target");
        Button add = new Button("Add rule");
        add.setId("rule-add");
        add.setOnAction(e -> vm.addRule(name.getText(), metric.getValue(), cmp.getValue(), threshold.getText(),
                duration.getText(), scope.getValue(), target.getText()));
        Label message = new Label();
        message.setId("rule-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        FlowPane editor = new FlowPane(6, 6, name, metric, cmp, threshold, new Label("for s"), duration, scope, target, add);
        FlowPane actions = new FlowPane(6, 6, toggle, remove, defaults);
        VBox box = new VBox(6, new Label("Rules"), list, actions, editor, message);
        box.setPadding(new Insets(6));
        return box;
    }
}
