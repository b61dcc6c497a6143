package dev.gantry.ui.operations;

import dev.gantry.adapter.api.TaskInfo;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import java.util.function.Function;

/** Live progress of a rolling update: counts, state, tasks (old and new), errors, rollback and resume. */
public final class UpdateProgressView extends VBox {

    public UpdateProgressView(RollingUpdateViewModel model) {
        super(8);
        Label status = new Label();
        status.setId("update-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        Label counts = new Label();
        counts.setId("update-counts");
        counts.textProperty().bind(model.countsProperty());
        ProgressBar bar = new ProgressBar();
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(Bindings.createDoubleBinding(() -> {
            var p = model.progressProperty().get();
            return p == null || p.desired() == 0 ? 0.0 : Math.min(1.0, (double) p.updatedRunning() / p.desired());
        }, model.progressProperty()));

        TableView<TaskInfo> tasks = new TableView<>(model.tasks());
        tasks.setId("update-tasks");
        tasks.getColumns().add(column("Slot", t -> String.valueOf(t.slot())));
        tasks.getColumns().add(column("Image", t -> {
            var p = model.progressProperty().get();
            return t.image() + (p != null && t.image() != null && t.image().equals(p.image()) ? "  (new)" : "  (old)");
        }));
        tasks.getColumns().add(column("State", TaskInfo::state));
        tasks.getColumns().add(column("Error", t -> t.error() == null ? "" : t.error()));
        tasks.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        tasks.setPrefHeight(160);

        ListView<String> errors = new ListView<>(model.errors());
        errors.setId("update-errors");
        errors.setPrefHeight(80);

        Button rollback = new Button("Roll back");
        rollback.setId("rollback");
        rollback.getStyleClass().add("danger");
        rollback.disableProperty().bind(model.rollbackOfferedProperty().not());
        rollback.setOnAction(e -> model.rollback());
        Button resume = new Button("Resume");
        resume.setId("resume");
        resume.disableProperty().bind(model.resumeOfferedProperty().not());
        resume.setOnAction(e -> model.resume());
        Button pause = new Button("Pause");
        pause.setDisable(true);
        Label pauseWhy = new Label("Pause: not available");
        pauseWhy.setTooltip(new Tooltip(model.pauseUnavailableReason()));
        HBox actions = new HBox(8, rollback, resume, pause, pauseWhy);

        getChildren().addAll(status, bar, counts, tasks, new Label("Task errors"), errors, actions);
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
