package dev.gantry.ui.operations;

import dev.gantry.adapter.api.ops.KeptItem;
import dev.gantry.adapter.api.ops.PruneItem;
import dev.gantry.adapter.api.ops.PruneKind;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import dev.gantry.ui.fx.EnterPressesDefault;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Prune: choose kinds, preview exactly what goes and what stays (and why), remove the ticked items. */
public final class PruneView extends VBox {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    public PruneView(PruneViewModel model) {
        super(10);
        setPadding(new Insets(16));
        Label title = new Label("Prune");
        title.getStyleClass().add("title-3");

        FlowPane kinds = new FlowPane(12, 6);
        for (PruneKind k : PruneKind.values()) {
            CheckBox box = new CheckBox(k.label());
            box.setId("kind-" + k.name());
            box.selectedProperty().bindBidirectional(model.kindSelectedProperty(k));
            EnterPressesDefault.install(box);
            kinds.getChildren().add(box);
        }
        Button preview = new Button("Preview");
        preview.setId("preview");
        preview.setDefaultButton(true); // Enter previews; removing always needs its own confirmation
        preview.disableProperty().bind(model.busyProperty());
        preview.setOnAction(e -> model.preview());
        // The first kind box would hold the focus when the dialog opens, and Enter on a check box
        // toggles it instead of pressing the default button: the preview starts focused.
        sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                Platform.runLater(preview::requestFocus);
            }
        });

        TableView<PruneItem> items = new TableView<>(model.items());
        items.setId("prune-items");
        items.setEditable(true);
        TableColumn<PruneItem, Boolean> tick = new TableColumn<>("Remove");
        tick.setEditable(true);
        tick.setCellValueFactory(cell -> {
            SimpleBooleanProperty p = new SimpleBooleanProperty(model.isTicked(cell.getValue()));
            p.addListener((obs, o, n) -> model.setTicked(cell.getValue(), n));
            return p;
        });
        tick.setCellFactory(CheckBoxTableCell.forTableColumn(tick));
        tick.setPrefWidth(90);
        items.getColumns().add(tick);
        items.getColumns().add(column("Kind", i -> i.kind().label(), 140));
        items.getColumns().add(column("Name or id", PruneItem::name, 300));
        items.getColumns().add(column("Size", i -> Sizes.human(i.sizeBytes()), 80));
        items.getColumns().add(column("Created", i -> i.created() == null ? "" : WHEN.format(i.created()), 150));
        items.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        items.setPrefHeight(200);

        TableView<KeptItem> kept = new TableView<>(model.kept());
        kept.setId("prune-kept");
        kept.getColumns().add(column("Stays", KeptItem::name, 300));
        kept.getColumns().add(column("Why", KeptItem::reason, 420));
        kept.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        kept.setPrefHeight(150);

        Label summary = new Label();
        summary.setId("prune-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        Button remove = new Button("Remove the ticked items");
        remove.setId("confirm-prune");
        remove.getStyleClass().add("danger");
        remove.disableProperty().bind(model.canConfirmProperty().not().or(model.busyProperty()));
        remove.setOnAction(e -> model.confirm());

        getChildren().addAll(title, kinds, preview, items, new Label("What stays"), kept, summary, new HBox(8, remove));
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setPrefWidth(width); // the dialog sizes itself to these: names and reasons readable without resizing
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
