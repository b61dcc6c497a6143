package dev.gantry.ui.inventory;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The tree-table of stacks, services, tasks, projects and containers. Updated in place. */
public final class InventoryTreeTable extends TreeTableView<InventoryRow> {

    private static final PseudoClass GROUP = PseudoClass.getPseudoClass("group");
    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");
    private final TreeItemSync sync = new TreeItemSync(r -> r.kind() != RowKind.SERVICE || r.badge().isProblem()
            || r.replicasDiffer());
    private Instant now = Instant.now();

    /** A tree without the CPU column. */
    public InventoryTreeTable() {
        this(null);
    }

    /** A tree whose CPU column shows the visible rows' sparklines (none when {@code sparklines} is null). */
    public InventoryTreeTable(InventorySparklines sparklines) {
        setId("inventory-tree");
        getStyleClass().addAll("inventory", "dense");
        setRoot(new TreeItem<>(new InventoryRow("root", RowKind.GROUP, "", "", -1, -1, Badge.NONE, "", "", null, null)));
        setShowRoot(false);
        setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        getColumns().setAll(List.of(nameColumn(), limited(imageColumn(), 230), replicasColumn(),
                stateColumn(), limited(textColumn("Ports", 130, InventoryRow::ports), 150), minimum(limited(textColumn("Node", 64, InventoryRow::node), 140), 56),
                ageColumn()));
        if (sparklines != null) {
            getColumns().add(4, cpuColumn(sparklines));
        }
        setRowFactory(t -> new TreeTableRow<>() {
            @Override
            protected void updateItem(InventoryRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(GROUP, !empty && row != null && row.kind() == RowKind.GROUP);
                pseudoClassStateChanged(PROBLEM, !empty && row != null && row.badge().isProblem());
            }
        });
    }

    /** Applies new rows; items are matched by id so selection and scroll position stay. */
    public void show(List<TreeNode> nodes) {
        Instant previous = now;
        now = Instant.now();
        TreeItem<InventoryRow> selectedItem = getSelectionModel().getSelectedItem();
        String selectedId = selectedItem == null ? null : selectedItem.getValue().id();
        sync.sync(getRoot(), nodes);
        if (selectedId != null) {
            TreeItem<InventoryRow> again = find(getRoot(), selectedId);
            if (again != null && getSelectionModel().getSelectedItem() != again) {
                getSelectionModel().select(again);
            }
        }
        if (java.time.Duration.between(previous, now).getSeconds() >= 30) {
            refresh(); // ages move on even when no row changed
        }
    }

    public TreeItem<InventoryRow> find(String id) {
        return find(getRoot(), id);
    }

    private static TreeItem<InventoryRow> find(TreeItem<InventoryRow> item, String id) {
        if (item.getValue() != null && id.equals(item.getValue().id())) {
            return item;
        }
        for (TreeItem<InventoryRow> c : item.getChildren()) {
            TreeItem<InventoryRow> f = find(c, id);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    private static ObservableValue<InventoryRow> self(TreeTableColumn.CellDataFeatures<InventoryRow, InventoryRow> f) {
        return new ReadOnlyObjectWrapper<>(f.getValue().getValue());
    }

    private TreeTableColumn<InventoryRow, InventoryRow> nameColumn() {
        TreeTableColumn<InventoryRow, InventoryRow> c = new TreeTableColumn<>("Name");
        c.setPrefWidth(300);
        c.setMinWidth(220);
        c.setCellValueFactory(InventoryTreeTable::self);
        c.setCellFactory(col -> new NameCell());
        return c;
    }

    /**
     * A row's icon and name. Most rows show them as the cell's own graphic and text (3 nodes); only
     * group rows (with their count) and rows with an error (a second line) build the richer graphic.
     * The name column's cells are a large share of the nodes the first frame and every update style
     * and lay out.
     */
    private static final class NameCell extends TreeTableCell<InventoryRow, InventoryRow> {
        private final FontIcon icon = new FontIcon();
        private FontIcon richIcon;
        private Label name;
        private Label error;
        private Label count;
        private HBox box;

        NameCell() {
            icon.getStyleClass().add("row-icon");
            setGraphicTextGap(6);
        }

        @Override
        protected void updateItem(InventoryRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            boolean group = row.kind() == RowKind.GROUP && getTableRow() != null && getTableRow().getTreeItem() != null;
            boolean err = row.error() != null && !row.error().isBlank();
            if (!group && !err) {
                icon.setIconCode(InventoryTreeTable.icon(row));
                setText(row.name());
                setGraphic(icon);
                return;
            }
            rich();
            richIcon.setIconCode(InventoryTreeTable.icon(row));
            name.setText(row.name());
            count.setText(group ? String.valueOf(getTableRow().getTreeItem().getChildren().size()) : "");
            count.setVisible(group);
            error.setText(err ? row.error() : "");
            error.setVisible(err);
            error.setManaged(err);
            setText(null);
            setGraphic(box);
        }

        private void rich() {
            if (box != null) {
                return;
            }
            richIcon = new FontIcon();
            richIcon.getStyleClass().add("row-icon");
            name = new Label();
            name.getStyleClass().add("row-name");
            error = new Label();
            error.getStyleClass().add("row-error");
            count = new Label();
            count.getStyleClass().add("group-count");
            HBox title = new HBox(8, name, count);
            title.setAlignment(Pos.CENTER_LEFT);
            box = new HBox(6, richIcon, new VBox(title, error));
            box.setAlignment(Pos.CENTER_LEFT);
        }
    }

    private static Feather icon(InventoryRow row) {
        return switch (row.kind()) {
            case GROUP -> switch (row.id()) {
                case InventoryTreeBuilder.STACKS -> Feather.LAYERS;
                case InventoryTreeBuilder.SERVICES -> Feather.GRID;
                case InventoryTreeBuilder.PROJECTS -> Feather.FOLDER;
                default -> Feather.BOX;
            };
            case STACK -> Feather.LAYERS;
            case SERVICE -> Feather.GRID;
            case TASK -> Feather.CIRCLE;
            case PROJECT -> Feather.FOLDER;
            case CONTAINER -> Feather.BOX;
        };
    }

    /**
     * Image names are cut at the front ("…busybox:1"), so the tag always stays visible; the whole
     * name shows on hover. A tooltip is a popup with a scene of its own that gets its own CSS pass,
     * so each cell makes its one tooltip when the pointer first enters it. A new tooltip for every
     * cell and text took about 6 % of the JavaFX thread's time up to the first painted inventory.
     */
    private TreeTableColumn<InventoryRow, InventoryRow> imageColumn() {
        TreeTableColumn<InventoryRow, InventoryRow> c = textColumn("Image", 170, InventoryRow::image);
        var cells = c.getCellFactory();
        c.setCellFactory(col -> {
            var cell = cells.call(col);
            cell.setTextOverrun(javafx.scene.control.OverrunStyle.LEADING_ELLIPSIS);
            javafx.scene.control.Tooltip[] tip = {null};
            cell.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_ENTERED, e -> {
                if (cell.getText() == null) {
                    cell.setTooltip(null);
                    return;
                }
                if (tip[0] == null) {
                    tip[0] = new javafx.scene.control.Tooltip();
                    tip[0].textProperty().bind(cell.textProperty());
                }
                cell.setTooltip(tip[0]);
            });
            return cell;
        });
        return c;
    }

    private TreeTableColumn<InventoryRow, InventoryRow> textColumn(String title, double width,
                                                                   Function<InventoryRow, String> text) {
        TreeTableColumn<InventoryRow, InventoryRow> c = new TreeTableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(InventoryTreeTable::self);
        c.setCellFactory(col -> new TreeTableCell<>() {
            @Override
            protected void updateItem(InventoryRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : text.apply(row));
            }
        });
        return c;
    }

    private static TreeTableColumn<InventoryRow, InventoryRow> minimum(TreeTableColumn<InventoryRow, InventoryRow> c,
                                                                      double min) {
        c.setMinWidth(min);
        return c;
    }

    private static TreeTableColumn<InventoryRow, InventoryRow> limited(TreeTableColumn<InventoryRow, InventoryRow> c,
                                                                      double max) {
        c.setMaxWidth(max);
        return c;
    }

    private TreeTableColumn<InventoryRow, InventoryRow> replicasColumn() {
        TreeTableColumn<InventoryRow, InventoryRow> c = new TreeTableColumn<>("Replicas");
        c.setPrefWidth(86);
        c.setMinWidth(86);
        c.setMaxWidth(110);
        c.setCellValueFactory(InventoryTreeTable::self);
        c.setCellFactory(col -> new TreeTableCell<>() {
            @Override
            protected void updateItem(InventoryRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("replicas-differ", "replicas-ok");
                if (empty || row == null) {
                    setText(null);
                    return;
                }
                setText(row.replicas());
                if (row.hasReplicas()) {
                    getStyleClass().add(row.replicasDiffer() ? "replicas-differ" : "replicas-ok");
                }
            }
        });
        return c;
    }

    private TreeTableColumn<InventoryRow, InventoryRow> stateColumn() {
        TreeTableColumn<InventoryRow, InventoryRow> c = new TreeTableColumn<>("State");
        c.setPrefWidth(108);
        c.setMinWidth(104);
        c.setMaxWidth(130);
        c.setCellValueFactory(InventoryTreeTable::self);
        c.setCellFactory(col -> new TreeTableCell<>() {
            private final BadgeLabel badge = new BadgeLabel();

            @Override
            protected void updateItem(InventoryRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null || row.badge() == Badge.NONE) {
                    setGraphic(null);
                    return;
                }
                badge.show(row.badge());
                setGraphic(badge);
            }
        });
        return c;
    }

    private static TreeTableColumn<InventoryRow, InventoryRow> cpuColumn(InventorySparklines sparklines) {
        TreeTableColumn<InventoryRow, InventoryRow> c = new TreeTableColumn<>("CPU");
        c.setId("cpu-column");
        c.setPrefWidth(104);
        c.setMinWidth(88);
        c.setMaxWidth(120);
        c.setCellValueFactory(InventoryTreeTable::self);
        c.setCellFactory(col -> new CpuSparkCell(sparklines));
        return c;
    }

    private TreeTableColumn<InventoryRow, InventoryRow> ageColumn() {
        TreeTableColumn<InventoryRow, InventoryRow> c = new TreeTableColumn<>("Age");
        c.setPrefWidth(56);
        c.setMinWidth(52);
        c.setMaxWidth(80);
        c.setCellValueFactory(InventoryTreeTable::self);
        c.setCellFactory(col -> new TreeTableCell<>() {
            @Override
            protected void updateItem(InventoryRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : Ages.format(row.created(), now));
            }
        });
        return c;
    }
}
