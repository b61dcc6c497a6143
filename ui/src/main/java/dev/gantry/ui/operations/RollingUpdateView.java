package dev.gantry.ui.operations;

import dev.gantry.adapter.api.ops.UpdatePolicy;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The rolling update dialog: image, environment, update policy; the live progress below. */
public final class RollingUpdateView extends VBox {

    public RollingUpdateView(RollingUpdateViewModel model) {
        super(10);
        setPadding(new Insets(16));
        Label title = new Label("Update " + model.serviceName());
        title.getStyleClass().add("title-3");

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        int row = 0;
        form.addRow(row++, new Label("Image"), field("image", model.imageProperty(), 28));
        TextArea envSet = new TextArea();
        envSet.setId("env-set");
        envSet.setPromptText("KEY=VALUE, one per line");
        envSet.setPrefRowCount(2);
        envSet.textProperty().bindBidirectional(model.envSetProperty());
        form.addRow(row++, new Label("Set environment"), envSet);
        form.addRow(row++, new Label("Remove variables"), field("env-remove", model.envRemoveProperty(), 28));
        form.addRow(row++, new Label("Parallelism"), field("parallelism", model.parallelismProperty(), 4));
        form.addRow(row++, new Label("Delay (s)"), field("delay", model.delaySecondsProperty(), 4));
        ComboBox<UpdatePolicy.Order> order = new ComboBox<>();
        order.getItems().setAll(UpdatePolicy.Order.values());
        order.valueProperty().bindBidirectional(model.orderProperty());
        order.setPromptText("keep");
        form.addRow(row++, new Label("Order"), order);
        ComboBox<UpdatePolicy.FailureAction> failure = new ComboBox<>();
        failure.getItems().setAll(UpdatePolicy.FailureAction.values());
        failure.valueProperty().bindBidirectional(model.failureActionProperty());
        failure.setPromptText("keep");
        form.addRow(row++, new Label("On failure"), failure);
        form.addRow(row++, new Label("Monitor (s)"), field("monitor", model.monitorSecondsProperty(), 4));
        form.addRow(row, new Label("Max failure ratio"), field("ratio", model.maxFailureRatioProperty(), 4));

        Label formError = new Label();
        formError.getStyleClass().add("danger");
        formError.setWrapText(true);
        formError.textProperty().bind(model.formErrorProperty());
        Button start = new Button("Start update");
        start.setId("start-update");
        start.setDefaultButton(true);
        start.disableProperty().bind(model.busyProperty());
        start.setOnAction(e -> model.startUpdate());

        getChildren().addAll(title, form, formError, start, new UpdateProgressView(model));
    }

    private static TextField field(String id, javafx.beans.property.StringProperty property, int columns) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(columns);
        f.textProperty().bindBidirectional(property);
        return f;
    }
}
