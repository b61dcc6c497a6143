package dev.gantry.ui.operations;

import dev.gantry.adapter.api.ops.AuditEntry;
import dev.gantry.adapter.api.ops.ExecPreset;
import dev.gantry.adapter.api.ops.ExecResult;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

/** Exec-restart: command choice, per-container results with output, fallbacks when it failed. */
public final class ExecRestartView extends VBox {

    private static final DateTimeFormatter AUDIT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    public ExecRestartView(ExecRestartViewModel model) {
        super(10);
        setPadding(new Insets(16));
        ExecRestartViewModel.Target t = model.target();
        Label title = new Label("Exec-restart " + (t.service() ? "every replica of service " : "container ") + t.target());
        title.getStyleClass().add("title-3");

        ComboBox<ExecPreset> preset = new ComboBox<>();
        preset.setId("preset");
        preset.getItems().setAll(ExecPreset.values());
        preset.setButtonCell(presetCell());
        preset.setCellFactory(v -> presetCell());
        preset.valueProperty().bindBidirectional(model.presetProperty());
        TextField custom = new TextField();
        custom.setId("custom-command");
        custom.setPromptText("command, run with sh -c");
        custom.setPrefColumnCount(24);
        custom.textProperty().bindBidirectional(model.customCommandProperty());
        custom.visibleProperty().bind(model.presetProperty().isEqualTo(ExecPreset.CUSTOM));
        custom.managedProperty().bind(custom.visibleProperty());
        Button run = new Button("Run");
        run.setId("run");
        run.setDefaultButton(true);
        run.disableProperty().bind(model.runningProperty());
        run.setOnAction(e -> model.run());
        HBox command = new HBox(8, preset, custom, run);

        Label status = new Label();
        status.setId("exec-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());

        TableView<ExecResult> results = new TableView<>(model.results());
        results.setId("exec-results");
        // wide enough for a task container's name (service.slot.taskid), tall enough for 4 rows
        results.getColumns().add(column("Container", ExecResult::containerName, 380));
        results.getColumns().add(column("Result", r -> r.outcome().name().toLowerCase().replace('_', ' '), 150));
        results.getColumns().add(column("Exit", r -> r.exitCode() == null ? "–" : String.valueOf(r.exitCode()), 60));
        results.getColumns().add(column("Duration", r -> r.duration().toMillis() + " ms", 100));
        results.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        results.setPrefHeight(190);

        TextArea output = new TextArea();
        output.setId("exec-output");
        output.setEditable(false);
        output.setPrefRowCount(6);
        results.getSelectionModel().selectedItemProperty().addListener((obs, o, r) -> output.setText(r == null ? ""
                : r.message() + "\n\nstdout:\n" + r.stdout() + "\nstderr:\n" + r.stderr()));
        model.results().addListener((javafx.collections.ListChangeListener<ExecResult>) c -> {
            if (!model.results().isEmpty()) {
                results.getSelectionModel().selectLast();
            }
        });

        Button restart = new Button();
        restart.setId("fallback-restart");
        restart.textProperty().bind(Bindings.createStringBinding(() -> model.restartCountProperty().get() > 1
                ? "Restart these " + model.restartCountProperty().get() + " containers instead, one at a time"
                : "Restart the container instead", model.restartCountProperty()));
        restart.visibleProperty().bind(model.restartCountProperty().greaterThan(0));
        restart.managedProperty().bind(restart.visibleProperty());
        restart.disableProperty().bind(model.runningProperty());
        restart.setOnAction(e -> model.restartInstead());
        Button force = new Button("Force-update the service instead");
        force.setId("fallback-force");
        force.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.fallbackForProperty().get() != null
                && model.fallbackForProperty().get().fallbacks().contains(ExecResult.Fallback.FORCE_UPDATE_SERVICE),
                model.fallbackForProperty()));
        force.managedProperty().bind(force.visibleProperty());
        force.disableProperty().bind(model.runningProperty());
        force.setOnAction(e -> model.forceUpdateService());

        ListView<AuditEntry> auditList = new ListView<>(model.auditEntries());
        auditList.setId("exec-audit");
        auditList.setPrefHeight(110);
        auditList.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(AuditEntry e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? "" : AUDIT_TIME.format(e.time()) + "  " + e.endpoint() + "  " + e.target() + "  \""
                        + e.command() + "\"  " + e.outcome().toLowerCase().replace('_', ' ')
                        + (e.exitCode() == null ? "" : " (exit " + e.exitCode() + ")"));
            }
        });
        Button showAudit = new Button("Show the audit log");
        showAudit.setId("show-audit");
        showAudit.setOnAction(e -> model.loadAudit());
        TitledPane audit = new TitledPane("Audit log", new VBox(6, showAudit, auditList));
        audit.setId("audit-pane");
        audit.setExpanded(false);
        audit.expandedProperty().addListener((obs, o, open) -> {
            if (open) {
                model.loadAudit();
            }
        });

        getChildren().addAll(title, command, status, results, output, new HBox(8, restart, force), audit);
        model.loadRememberedChoice();
    }

    private static ListCell<ExecPreset> presetCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(ExecPreset item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : item == ExecPreset.CUSTOM ? item.label() : item.display(null));
            }
        };
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
