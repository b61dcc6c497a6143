package dev.gantry.ui.detail;

import dev.gantry.ui.detail.SecretMasker.EnvEntry;
import dev.gantry.ui.inventory.BadgeLabel;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The selection's details: a header, then tabs (Overview, Labels, Environment, Inspect). Later
 * issues add Logs, Stats and Editor tabs to {@link #tabs()}.
 */
public final class DetailPane extends VBox {

    private final Label title = new Label();
    private final Label kind = new Label();
    private final BadgeLabel badge = new BadgeLabel();
    private final Label error = new Label();
    private final GridPane facts = new GridPane();
    private final TableView<Map.Entry<String, String>> labels = new TableView<>();
    private final TableView<EnvEntry> env = new TableView<>();
    private final TextArea inspect = new TextArea();
    private final Label mountsAndPorts = new Label();
    private final TabPane tabs = new TabPane();
    private final VBox empty = new VBox(8);

    public DetailPane(ObservableValue<Detail> detail) {
        setId("detail-pane");
        getStyleClass().add("detail-pane");
        title.getStyleClass().addAll("title-3", "detail-title");
        title.setId("detail-title");
        kind.getStyleClass().addAll("text-muted", "text-small");
        error.getStyleClass().add("detail-error");
        error.setWrapText(true);
        title.setMinWidth(0);
        badge.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox head = new HBox(8, title, badge);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(2, kind, head, error);
        header.setPadding(new Insets(12, 14, 8, 14));

        facts.getStyleClass().add("facts");
        facts.setHgap(12);
        facts.setVgap(6);
        ColumnConstraints c0 = new ColumnConstraints();
        c0.setMinWidth(90);
        ColumnConstraints c1 = new ColumnConstraints();
        c1.setHgrow(Priority.ALWAYS);
        facts.getColumnConstraints().setAll(c0, c1);
        VBox overview = new VBox(12, facts, mountsAndPorts);
        overview.setPadding(new Insets(12, 14, 12, 14));
        ScrollPane overviewScroll = new ScrollPane(overview);
        overviewScroll.setFitToWidth(true);

        labels.getColumns().setAll(List.of(col("Label", 180, e -> e.getKey()), col("Value", 220, e -> e.getValue())));
        labels.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        labels.getStyleClass().add("dense");
        labels.setPlaceholder(new Label("No labels"));
        env.getColumns().setAll(List.of(col("Variable", 160, EnvEntry::key), col("Value", 220, EnvEntry::value)));
        env.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        env.getStyleClass().add("dense");
        env.setPlaceholder(new Label("No environment for this selection"));
        inspect.setEditable(false);
        inspect.getStyleClass().add("code");
        inspect.setPromptText("The engine's inspect output appears here for containers, services and tasks.");

        tabs.getStyleClass().add("detail-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().setAll(List.of(tab("Overview", Feather.INFO, overviewScroll), tab("Labels", Feather.TAG, labels),
                tab("Environment", Feather.SLIDERS, env), tab("Inspect", Feather.CODE, inspect)));
        VBox.setVgrow(tabs, Priority.ALWAYS);

        FontIcon hint = new FontIcon(Feather.MOUSE_POINTER);
        hint.getStyleClass().add("empty-icon");
        Label hintText = new Label("Select a stack, service, task or container to see its details.");
        hintText.getStyleClass().add("text-muted");
        hintText.setWrapText(true);
        empty.getChildren().setAll(hint, hintText);
        empty.setAlignment(Pos.CENTER);
        empty.setPadding(new Insets(24));
        VBox.setVgrow(empty, Priority.ALWAYS);

        detail.addListener((o, a, d) -> show(d, header));
        show(detail.getValue(), header);
    }

    public TabPane tabs() {
        return tabs;
    }

    private void show(Detail d, VBox header) {
        if (d == null) {
            d = Detail.NONE;
        }
        if (d == Detail.NONE) {
            getChildren().setAll(empty);
        } else if (getChildren().size() != 2) {
            getChildren().setAll(header, tabs);
        }
        title.setText(d.title());
        kind.setText(d.kind().toUpperCase(java.util.Locale.ROOT));
        badge.show(d.badge());
        boolean err = d.error() != null && !d.error().isBlank();
        error.setText(err ? d.error() : "");
        error.setVisible(err);
        error.setManaged(err);
        facts.getChildren().clear();
        int r = 0;
        for (Fact f : d.facts()) {
            Label k = new Label(f.label());
            k.getStyleClass().add("fact-label");
            Label v = new Label(f.value() == null || f.value().isBlank() ? "—" : f.value());
            v.getStyleClass().add("fact-value");
            v.setWrapText(true);
            facts.addRow(r++, k, v);
        }
        StringBuilder mp = new StringBuilder();
        if (!d.ports().isEmpty()) {
            mp.append("Ports\n  ").append(String.join("\n  ", d.ports()));
        }
        if (!d.mounts().isEmpty()) {
            mp.append(mp.length() > 0 ? "\n\n" : "").append("Mounts\n  ").append(String.join("\n  ", d.mounts()));
        }
        mountsAndPorts.setText(mp.toString());
        labels.getItems().setAll(d.labels().entrySet());
        env.getItems().setAll(d.env());
        inspect.setText(d.inspectJson());
    }

    private static <T> TableColumn<T, String> col(String t, double w, java.util.function.Function<T, String> f) {
        TableColumn<T, String> c = new TableColumn<>(t);
        c.setPrefWidth(w);
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(f.apply(x.getValue())));
        return c;
    }

    private static Tab tab(String text, Feather icon, javafx.scene.Node content) {
        Tab t = new Tab(text);
        t.setGraphic(new FontIcon(icon));
        return dev.gantry.ui.fx.LazyTabContent.install(t, content);
    }
}
