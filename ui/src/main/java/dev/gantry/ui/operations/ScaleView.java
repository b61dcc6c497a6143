package dev.gantry.ui.operations;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The scale dialog's content: replica count, validation, confirmation for large numbers, progress. */
public final class ScaleView extends VBox {

    public ScaleView(ScaleViewModel model) {
        super(10);
        setPadding(new Insets(16));
        Label title = new Label("Scale " + model.serviceName());
        title.getStyleClass().add("title-3");

        TextField replicas = new TextField();
        replicas.setId("replicas");
        replicas.setPrefColumnCount(6);
        replicas.textProperty().bindBidirectional(model.replicasTextProperty());
        Button scale = new Button("Scale");
        scale.setId("scale");
        scale.setDefaultButton(true);
        scale.disableProperty().bind(model.canScaleProperty().not()
                .or(model.stateProperty().isEqualTo(ScaleViewModel.State.SCALING)));
        scale.setOnAction(e -> model.scale());
        HBox input = new HBox(8, new Label("Replicas"), replicas, scale);

        Label validation = new Label();
        validation.setId("validation");
        validation.setWrapText(true);
        validation.getStyleClass().add("danger");
        validation.textProperty().bind(model.validationProperty());

        Button confirm = new Button("Scale anyway");
        confirm.getStyleClass().add("danger");
        confirm.setOnAction(e -> model.scale());
        Button cancel = new Button("Cancel");
        cancel.setOnAction(e -> model.cancelConfirmation());
        HBox confirmRow = new HBox(8, confirm, cancel);
        confirmRow.visibleProperty().bind(model.stateProperty().isEqualTo(ScaleViewModel.State.CONFIRMING));
        confirmRow.managedProperty().bind(confirmRow.visibleProperty());

        Label progress = new Label();
        progress.setId("progress");
        progress.setWrapText(true);
        progress.textProperty().bind(model.progressProperty());
        ProgressBar bar = new ProgressBar();
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(Bindings.createDoubleBinding(() -> {
            var p = model.lastProgressProperty().get();
            return p == null || p.desired() == 0 ? 0.0 : Math.min(1.0, (double) p.running() / p.desired());
        }, model.lastProgressProperty()));
        bar.visibleProperty().bind(model.lastProgressProperty().isNotNull());

        getChildren().addAll(title, input, validation, confirmRow, bar, progress);
    }
}
