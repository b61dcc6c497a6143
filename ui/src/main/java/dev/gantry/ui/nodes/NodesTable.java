package dev.gantry.ui.nodes;

import dev.gantry.adapter.api.NodeInfo;
import dev.gantry.ui.inventory.Badge;
import dev.gantry.ui.inventory.BadgeLabel;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The swarm's nodes: role, availability, status, leader, engine version. */
public final class NodesTable extends TableView<NodeInfo> {

    public NodesTable() {
        setId("nodes-table");
        getStyleClass().add("dense");
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label("This engine is not a swarm manager, so it lists no nodes."));
        TableColumn<NodeInfo, String> status = column("Status", 100, NodeInfo::state);
        status.setCellFactory(c -> new TableCell<>() {
            private final BadgeLabel badge = new BadgeLabel();

            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                if (empty || s == null) {
                    setGraphic(null);
                    return;
                }
                badge.show("ready".equals(s) ? Badge.RUNNING : Badge.FAILED);
                badge.setText(s);
                setGraphic(badge);
            }
        });
        getColumns().setAll(List.of(column("Hostname", 200, NodeInfo::hostname), column("Role", 90, NodeInfo::role),
                column("Availability", 100, NodeInfo::availability), status,
                column("Leader", 80, n -> n.leader() ? "leader" : ""), column("Engine", 100, NodeInfo::engineVersion),
                column("Address", 120, NodeInfo::address), column("ID", 120, n -> n.id().substring(0, Math.min(12, n.id().length())))));
    }

    public void show(List<NodeInfo> nodes) {
        if (!nodes.equals(getItems())) {
            NodeInfo sel = getSelectionModel().getSelectedItem();
            getItems().setAll(nodes);
            if (sel != null) {
                nodes.stream().filter(n -> n.id().equals(sel.id())).findFirst().ifPresent(n -> getSelectionModel().select(n));
            }
        }
    }

    private static TableColumn<NodeInfo, String> column(String title, double width, Function<NodeInfo, String> value) {
        TableColumn<NodeInfo, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        return c;
    }
}
