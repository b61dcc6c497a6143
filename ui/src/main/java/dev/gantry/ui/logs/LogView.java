package dev.gantry.ui.logs;

import java.io.File;
import java.nio.file.Path;
import java.util.Objects;
import javafx.animation.AnimationTimer;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * A live log: a virtualized list (only visible lines are laid out) fed once per frame, with
 * follow, pause, tail/since, timestamps, wrap, clear, export, and regex search with next/previous
 * and "only matching". Call {@link #close()} when the view goes away: it stops the stream.
 */
public final class LogView extends BorderPane implements AutoCloseable {

    static final double ROW_HEIGHT = 20;
    private final LogViewModel vm;
    private TextField search;
    private final ListView<LogRow> list = new ListView<>();
    private final AnimationTimer pump;
    private boolean followScrollPending;

    public LogView(LogViewModel vm) {
        this.vm = Objects.requireNonNull(vm);
        getStyleClass().add("log-view");
        getStylesheets().add(Objects.requireNonNull(LogView.class.getResource("log-view.css")).toExternalForm());
        list.setId("log-list");
        list.setItems(vm.rows());
        list.setCellFactory(l -> new LogCell(vm, this::showWhole));
        list.setFixedCellSize(ROW_HEIGHT);
        list.getStyleClass().add("log-list");

        Label dropped = new Label();
        dropped.setId("log-dropped");
        dropped.getStyleClass().add("log-dropped");
        dropped.textProperty().bind(vm.droppedMarkerProperty());
        dropped.visibleProperty().bind(vm.droppedMarkerProperty().isNotNull());
        dropped.managedProperty().bind(dropped.visibleProperty());
        dropped.setMaxWidth(Double.MAX_VALUE);
        VBox.setVgrow(list, Priority.ALWAYS);

        setTop(new VBox(streamBar(), searchBar()));
        setCenter(new VBox(dropped, list));
        Label status = new Label();
        status.setId("log-status");
        status.textProperty().bind(vm.statusProperty());
        status.setPadding(new Insets(2, 6, 2, 6));
        setBottom(status);

        vm.setScroller(this::scrollTo);
        ChangeListener<Object> redraw = (o, a, b) -> list.refresh();
        vm.timestampsProperty().addListener(redraw);
        vm.patternProperty().addListener(redraw);
        vm.currentMatchRowProperty().addListener(redraw);
        vm.wrapProperty().addListener((o, a, on) -> {
            list.setFixedCellSize(on ? Region.USE_COMPUTED_SIZE : ROW_HEIGHT);
            list.refresh();
        });
        pump = new AnimationTimer() {
            @Override
            public void handle(long now) {
                vm.pulse();
            }
        };
        pump.start();
    }

    private FlowPane streamBar() {
        ToggleButton follow = toggle("Follow", "log-follow", "Keep the newest line in view");
        follow.selectedProperty().bindBidirectional(vm.followProperty());
        ToggleButton pause = toggle("Pause", "log-pause", "Hold new lines back (they are kept) until resumed");
        pause.selectedProperty().bindBidirectional(vm.pausedProperty());
        CheckBox time = new CheckBox("Timestamps");
        time.setId("log-timestamps");
        time.selectedProperty().bindBidirectional(vm.timestampsProperty());
        CheckBox wrap = new CheckBox("Wrap");
        wrap.setId("log-wrap");
        wrap.selectedProperty().bindBidirectional(vm.wrapProperty());
        TextField tail = field("log-tail", "Tail: lines per container, or all", 60);
        tail.textProperty().bindBidirectional(vm.tailProperty());
        TextField since = field("log-since", "Since: 10m, 2h, 1d or 2026-11-25T05:00:00Z", 120);
        since.setPromptText("since");
        since.textProperty().bindBidirectional(vm.sinceProperty());
        Button reload = new Button("Reload");
        reload.setId("log-reload");
        reload.setOnAction(e -> vm.reload());
        tail.setOnAction(e -> vm.reload());
        since.setOnAction(e -> vm.reload());
        Button clear = new Button("Clear");
        clear.setId("log-clear");
        clear.setOnAction(e -> vm.clear());
        Button export = new Button("Export…");
        export.setId("log-export");
        export.setOnAction(e -> export());
        return bar(new Insets(4, 6, 2, 6), follow, pause, time, wrap, new HBox(4, new Label("Tail"), tail),
                new HBox(4, new Label("Since"), since), reload, clear, export);
    }

    /** Puts the cursor in the search field (Ctrl+L in the main window). */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private FlowPane searchBar() {
        search = field("log-search", "Regular expression; Enter searches everything held", 240);
        search.setPromptText("Search (regex)");
        search.textProperty().bindBidirectional(vm.searchTextProperty());
        search.setOnAction(e -> vm.search());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                vm.clearSearch();
            }
        });
        Button prev = new Button("↑");
        prev.setId("log-prev");
        prev.setTooltip(new Tooltip("Previous match"));
        prev.setOnAction(e -> vm.previous());
        Button next = new Button("↓");
        next.setId("log-next");
        next.setTooltip(new Tooltip("Next match"));
        next.setOnAction(e -> vm.next());
        CheckBox only = new CheckBox("Only matching");
        only.setId("log-only-matching");
        only.selectedProperty().bindBidirectional(vm.onlyMatchingProperty());
        CheckBox cs = new CheckBox("Aa");
        cs.setTooltip(new Tooltip("Case sensitive"));
        cs.selectedProperty().bindBidirectional(vm.caseSensitiveProperty());
        Label message = new Label();
        message.setId("log-search-message");
        message.textProperty().bind(vm.searchMessageProperty());
        return bar(new Insets(2, 6, 4, 6), new HBox(4, search, prev, next), only, cs, message);
    }

    /**
     * A row of controls that wraps onto more rows when the pane is narrow (the detail pane is about
     * 520 px): in an HBox they were squeezed until every label read "…".
     */
    private static FlowPane bar(Insets padding, Node... controls) {
        FlowPane bar = new FlowPane(6, 4, controls);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(padding);
        for (Node c : controls) {
            if (c instanceof HBox group) {
                group.setAlignment(Pos.CENTER_LEFT);
            }
        }
        return bar;
    }

    private static ToggleButton toggle(String text, String id, String tip) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        return b;
    }

    private static TextField field(String id, String tip, double width) {
        TextField f = new TextField();
        f.setId(id);
        f.setTooltip(new Tooltip(tip));
        f.setPrefWidth(width);
        return f;
    }

    private void export() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export shown log lines");
        chooser.setInitialFileName("log.txt");
        File f = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (f != null) {
            vm.export(f.toPath());
        }
    }

    /** Exports without a dialog (used by tests and by callers with their own chooser). */
    public void exportTo(Path file) {
        vm.export(file);
    }

    private void showWhole(LogRow row) {
        TextArea area = new TextArea(dev.gantry.adapter.logs.AnsiText.strip(row.text()));
        area.setEditable(false);
        area.setWrapText(true);
        area.setId("log-whole-line");
        Stage stage = new Stage();
        stage.setTitle(String.format("%s — line of %,d characters", row.source(), area.getLength()));
        stage.setScene(new Scene(area, 900, 600));
        if (getScene() != null) {
            stage.initOwner(getScene().getWindow());
        }
        stage.show();
    }

    /** Shows the row: the last one fully at the bottom (follow), others with a little context above. */
    private void scrollTo(int row) {
        if (row >= list.getItems().size() - 1) {
            list.scrollTo(row);
            if (!followScrollPending) {
                followScrollPending = true;
                // after the skin has taken the new item count: make the last row fully visible
                javafx.application.Platform.runLater(() -> {
                    followScrollPending = false;
                    if (list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow && !list.getItems().isEmpty()) {
                        flow.scrollTo(list.getItems().size() - 1);
                    }
                });
            }
        } else {
            list.scrollTo(Math.max(0, row - 3));
        }
    }

    public ListView<LogRow> list() {
        return list;
    }

    public LogViewModel viewModel() {
        return vm;
    }

    /** Stops the frame pump and the stream. */
    @Override
    public void close() {
        pump.stop();
        vm.close();
    }
}
