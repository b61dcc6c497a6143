package dev.gantry.ui.status;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The first window's content: which engine, and whether it answers. */
public final class EngineStatusView extends VBox {

    public EngineStatusView(EngineStatusViewModel model) {
        super(12);
        setPadding(new Insets(32));
        setAlignment(Pos.CENTER_LEFT);
        Label headline = new Label();
        headline.getStyleClass().add("title-2");
        headline.textProperty().bind(model.headlineProperty());
        Label detail = new Label();
        detail.setWrapText(true);
        detail.textProperty().bind(model.detailProperty());
        model.stateProperty().addListener((obs, old, now) -> {
            detail.getStyleClass().removeAll("danger", "success");
            if (now == EngineStatusViewModel.State.REFUSED) {
                detail.getStyleClass().add("danger");
            }
        });
        getChildren().addAll(headline, detail);
    }
}
