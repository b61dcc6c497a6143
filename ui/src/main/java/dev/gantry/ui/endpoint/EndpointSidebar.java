package dev.gantry.ui.endpoint;

import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The list of endpoints with their health dots, and the add/edit/remove commands. */
public final class EndpointSidebar extends VBox {

    private final ListView<EndpointViewModel> list = new ListView<>();

    public EndpointSidebar(ObservableList<EndpointViewModel> endpoints, ObjectProperty<EndpointViewModel> selected,
                           Runnable onAdd, Consumer<EndpointViewModel> onEdit, Consumer<EndpointViewModel> onRemove) {
        setId("endpoint-sidebar");
        getStyleClass().add("sidebar");
        Label caption = new Label("ENDPOINTS");
        caption.getStyleClass().add("sidebar-caption");
        Button add = iconButton(Feather.PLUS, "Add an endpoint");
        add.setId("add-endpoint");
        add.setOnAction(e -> onAdd.run());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(caption, gap, add);
        head.setAlignment(Pos.CENTER_LEFT);
        head.setPadding(new Insets(10, 8, 6, 14));

        list.setId("endpoint-list");
        list.getStyleClass().add("endpoint-list");
        list.setItems(endpoints);
        list.setCellFactory(l -> new EndpointCell());
        list.setPlaceholder(new Label("No endpoints"));
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                selected.set(b);
            }
        });
        selected.addListener((o, a, b) -> list.getSelectionModel().select(b));
        if (selected.get() != null) {
            list.getSelectionModel().select(selected.get());
        }

        MenuItem edit = new MenuItem("Edit…", new FontIcon(Feather.EDIT_2));
        edit.setOnAction(e -> withSelection(onEdit));
        MenuItem reconnect = new MenuItem("Reconnect", new FontIcon(Feather.REFRESH_CW));
        reconnect.setOnAction(e -> withSelection(EndpointViewModel::refresh));
        MenuItem remove = new MenuItem("Remove", new FontIcon(Feather.TRASH_2));
        remove.setOnAction(e -> withSelection(onRemove));
        list.setContextMenu(new ContextMenu(edit, reconnect, remove));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                withSelection(onRemove);
            } else if (e.getCode() == KeyCode.ENTER) {
                withSelection(onEdit);
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                withSelection(onEdit);
            }
        });

        Button editBtn = iconButton(Feather.EDIT_2, "Edit the selected endpoint");
        editBtn.setOnAction(e -> withSelection(onEdit));
        Button removeBtn = iconButton(Feather.TRASH_2, "Remove the selected endpoint");
        removeBtn.setId("remove-endpoint");
        removeBtn.setOnAction(e -> withSelection(onRemove));
        Button reconnectBtn = iconButton(Feather.REFRESH_CW, "Reconnect now");
        reconnectBtn.setOnAction(e -> withSelection(EndpointViewModel::refresh));
        HBox foot = new HBox(2, editBtn, reconnectBtn, removeBtn);
        foot.setPadding(new Insets(6, 8, 8, 8));
        foot.getStyleClass().add("sidebar-foot");
        getChildren().setAll(head, list, foot);
    }

    private void withSelection(Consumer<EndpointViewModel> action) {
        EndpointViewModel vm = list.getSelectionModel().getSelectedItem();
        if (vm != null) {
            action.accept(vm);
        }
    }

    static Button iconButton(Feather icon, String tip) {
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().addAll("button-icon", "flat");
        b.setTooltip(new Tooltip(tip));
        return b;
    }
}
