package dev.gantry.ui.main;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import dev.gantry.adapter.api.ImageInfo;
import dev.gantry.adapter.api.NetworkInfo;
import dev.gantry.adapter.api.VolumeInfo;
import dev.gantry.adapter.api.EngineSession;
import dev.gantry.adapter.ops.ExecAuditLog;
import dev.gantry.adapter.ops.ExecChoiceStore;
import dev.gantry.ui.actions.ActionMenus;
import dev.gantry.ui.actions.ActionRunner;
import dev.gantry.ui.actions.ItemAction;
import dev.gantry.ui.actions.Selection;
import dev.gantry.ui.detail.DetailPane;
import dev.gantry.ui.resources.ResourceTables;
import dev.gantry.ui.resources.ResourcesViewModel;
import javafx.scene.control.TableView;
import dev.gantry.ui.endpoint.ConnectionPhase;
import dev.gantry.ui.fx.LazyTabContent;
import dev.gantry.ui.endpoint.EndpointDialog;
import dev.gantry.ui.endpoint.EndpointSidebar;
import dev.gantry.ui.endpoint.EndpointViewModel;
import dev.gantry.ui.inventory.InventoryRow;
import dev.gantry.ui.inventory.InventorySparklines;
import dev.gantry.ui.inventory.InventoryTreeTable;
import dev.gantry.ui.nodes.NodesTable;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window: header with filter and theme switch, endpoints sidebar, inventory tabs, detail
 * pane, status bar; banners for a lost engine and a settings problem; an explanation when no
 * engine answers.
 */
public final class MainView extends BorderPane {

    /**
     * How long after the first inventory the stats sampling (sparklines, CPU and memory alert rules)
     * begins: on a 200-container engine it opens a request per container, which would compete with
     * the first frame for the CPU (docs/benchmarks.md, "Main window"). 0 starts it at once.
     */
    static final java.time.Duration STATS_START_DELAY =
            java.time.Duration.ofMillis(Long.getLong("gantry.stats.start-delay-ms", 1500));

    private final MainViewModel vm;
    private final InventorySparklines sparklines;
    private final InventoryTreeTable tree;
    private final NodesTable nodes = new NodesTable();
    private final TableView<ImageInfo> images = ResourceTables.images();
    private final TableView<VolumeInfo> volumes = ResourceTables.volumes();
    private final TableView<NetworkInfo> networks = ResourceTables.networks();
    private final CustomTextField filter = new CustomTextField();
    private final Message banner = new Message();
    private final Message settingsBanner = new Message();
    private final StackPane center = new StackPane();
    private final VBox workspace = new VBox();
    private final VBox noEngine;
    private final VBox refusedPane = new VBox(10);
    private final Label refusedText = new Label();
    private final SplitPane split = new SplitPane();
    private final SplitPane outer = new SplitPane();
    private final TabPane mainTabs = new TabPane();
    private final DetailPane detail;
    private final InvalidationListener endpointChanged = o -> renderEndpoint();
    private EndpointViewModel bound;
    private boolean statsStarted;
    private final ActionMenus actions;
    private final DetailStreams streams;
    private final AlertsWiring alerts;
    private final EditorTab editor;

    /** A main window whose exec-restart keeps its choices in a temporary file and writes no audit log (tests). */
    public MainView(MainViewModel vm) {
        this(vm, new ActionRunner.ExecStores(ExecAuditLog.none(), new ExecChoiceStore(
                java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "gantry-exec-choices-" + ProcessHandle.current().pid() + ".json"))));
    }

    public MainView(MainViewModel vm, ActionRunner.ExecStores execStores) {
        this(vm, execStores, dev.gantry.ui.alerts.AlertRulesStore.inMemory());
    }

    public MainView(MainViewModel vm, ActionRunner.ExecStores execStores, dev.gantry.ui.alerts.AlertRulesStore alertRules) {
        this.vm = vm;
        sparklines = new InventorySparklines(vm.executor(), javafx.application.Platform::runLater);
        tree = new InventoryTreeTable(sparklines);
        alerts = new AlertsWiring(vm.executor(), alertRules, this::session,
                () -> getScene() == null ? null : getScene().getWindow());
        ActionRunner runner = new ActionRunner(() -> getScene() == null ? null : getScene().getWindow(),
                this::session, () -> vm.inventory().snapshotProperty().get(), vm.executor(), execStores);
        actions = new ActionMenus(runner, this::selection);
        java.nio.file.Path tmp = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "gantry-editor-" + ProcessHandle.current().pid());
        editor = new EditorTab(mainTabs, vm.executor(), this::session, tmp.resolve("drafts"), null);
        runner.setEditorHooks(editor::openFromHistory, editor::show);
        setId("main-view");
        getStyleClass().add("gantry");
        getStylesheets().add(Themes.stylesheet());
        detail = new DetailPane(vm.detailProperty());
        noEngine = buildNoEngine();

        EndpointSidebar sidebar = new EndpointSidebar(vm.endpoints(), vm.selectedProperty(), this::addEndpoint,
                this::editEndpoint, this::removeEndpoint);
        sidebar.setMinWidth(200);

        setTop(header());
        buildWorkspace();
        center.getChildren().setAll(workspace, refusedPane, noEngine);
        outer.getItems().setAll(sidebar, center);
        outer.setDividerPositions(vm.windowProperty().get().sidebarDivider());
        SplitPane.setResizableWithParent(sidebar, false);
        setCenter(outer);
        setBottom(new StatusBar(vm.selectedProperty(), vm.inventory().countsProperty()));

        vm.inventory().rowsProperty().addListener((o, a, rows) -> tree.show(rows));
        tree.show(vm.inventory().rowsProperty().get());
        vm.inventory().nodesProperty().addListener((o, a, n) -> nodes.show(n));
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, item) ->
                vm.selectedRowIdProperty().set(item == null ? null : item.getValue().id()));
        streams = new DetailStreams(detail.tabs(), this::selection, this::session,
                () -> vm.inventory().snapshotProperty().get(), vm.executor());
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            actions.refresh();
            streams.update();
        });
        vm.selectedProperty().addListener((o, a, b) -> {
            streams.close();
            sparklines.show(sparklineSource(), vm.inventory().snapshotProperty().get());
            editor.sessionChanged();
        });
        vm.inventory().snapshotProperty().addListener((o, a, snap) -> alerts.observe(snap));
        vm.inventory().snapshotProperty().addListener((o, a, snap) -> {
            actions.refresh();
            streams.snapshotChanged();
            sparklines.show(sparklineSource(), snap);
        });
        startStatsAfterFirstInventory();
        tree.setContextMenu(actions.contextMenu());
        nodes.setContextMenu(actions.nodeMenu(() -> nodes.getSelectionModel().getSelectedItem()));
        vm.selectedProperty().addListener((o, a, b) -> rebind(b));
        vm.noEngineProperty().addListener(o -> renderEndpoint());
        vm.settingsProblemProperty().addListener(o -> renderSettingsProblem());
        rebind(vm.selectedProperty().get());
        renderSettingsProblem();
        installShortcuts();
    }

    /** The inventory tree, for tests and later issues' actions. */
    public InventoryTreeTable tree() {
        return tree;
    }

    /** The inventory's CPU sparklines (what the rows on screen sample). */
    public InventorySparklines sparklines() {
        return sparklines;
    }

    /** The toolbar and menus of the selected item's actions. */
    public ActionMenus actions() {
        return actions;
    }

    /** The selected row resolved against the current snapshot, or null. */
    public Selection selection() {
        TreeItem<InventoryRow> item = tree.getSelectionModel().getSelectedItem();
        return item == null ? null : Selection.of(item.getValue(), vm.inventory().snapshotProperty().get());
    }

    /** The selected engine's stats, or null where it has none (not connected, or an engine without stats). */
    private dev.gantry.adapter.api.stats.StatsSource statsSource() {
        EngineSession s = session();
        try {
            return s == null ? null : s.stats();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private dev.gantry.adapter.api.stats.StatsSource sparklineSource() {
        return statsStarted ? statsSource() : null;
    }

    /** Holds the stats sampling until {@link #STATS_START_DELAY} after the first snapshot. */
    private void startStatsAfterFirstInventory() {
        if (STATS_START_DELAY.isZero() || STATS_START_DELAY.isNegative()) {
            statsStarted = true;
            return;
        }
        alerts.holdSampling();
        javafx.beans.value.ChangeListener<dev.gantry.adapter.api.InventorySnapshot> first = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends dev.gantry.adapter.api.InventorySnapshot> o,
                                dev.gantry.adapter.api.InventorySnapshot a, dev.gantry.adapter.api.InventorySnapshot snap) {
                if (snap != null) {
                    o.removeListener(this);
                    vm.later(STATS_START_DELAY, MainView.this::startStats);
                }
            }
        };
        if (vm.inventory().snapshotProperty().get() != null) {
            vm.later(STATS_START_DELAY, this::startStats);
        } else {
            vm.inventory().snapshotProperty().addListener(first);
        }
    }

    private void startStats() {
        statsStarted = true;
        alerts.releaseSampling();
        dev.gantry.adapter.api.InventorySnapshot snap = vm.inventory().snapshotProperty().get();
        alerts.observe(snap);
        sparklines.show(statsSource(), snap);
    }

    private EngineSession session() {
        EndpointViewModel e = vm.selectedProperty().get();
        return e == null ? null : e.session();
    }

    /** Where the compose editor keeps drafts and the deploy history (call before the Editor tab is first shown). */
    public void useEditorDirs(java.nio.file.Path drafts, java.nio.file.Path history) {
        editor.useDirs(drafts, history);
    }

    /** The Logs tab of the detail pane (for tests and screenshots). */
    public Tab logsTab() {
        return streams.logsTab();
    }

    public Tab statsTab() {
        return streams.statsTab();
    }

    /** The detail pane's tab area: later issues add Logs, Stats and Editor tabs here. */
    public TabPane detailTabs() {
        return detail.tabs();
    }

    /** The main tab area (Inventory, Nodes, Images, Volumes, Networks). */
    public TabPane mainTabs() {
        return mainTabs;
    }

    public double[] dividers() {
        return new double[] {outer.getDividerPositions()[0], split.getDividerPositions()[0]};
    }

    private Node header() {
        FontIcon logo = new FontIcon(Feather.ANCHOR);
        logo.getStyleClass().add("logo");
        Label title = new Label("Gantry");
        title.getStyleClass().add("app-title");
        filter.setId("filter");
        filter.setPromptText("Filter by name, image, state, node…  (Ctrl+F)");
        filter.setLeft(new FontIcon(Feather.SEARCH));
        filter.setPrefWidth(380);
        filter.textProperty().bindBidirectional(vm.inventory().filterProperty());
        Button clear = new Button(null, new FontIcon(Feather.X));
        clear.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        clear.setOnAction(e -> filter.clear());
        clear.visibleProperty().bind(filter.textProperty().isNotEmpty());
        filter.setRight(clear);
        Button theme = new Button();
        theme.setId("theme-toggle");
        theme.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        theme.setTooltip(new Tooltip("Switch between light and dark"));
        theme.graphicProperty().bind(vm.darkProperty().map(d -> new FontIcon(d ? Feather.SUN : Feather.MOON)));
        theme.setOnAction(e -> vm.toggleTheme());
        vm.darkProperty().addListener((o, a, d) -> Themes.apply(d));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Region gap2 = new Region();
        HBox.setHgrow(gap2, Priority.ALWAYS);
        HBox bar = new HBox(10, logo, title, gap, filter, gap2, theme);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 14));
        bar.getStyleClass().add("app-header");
        return bar;
    }

    private void buildWorkspace() {
        tree.setPlaceholder(new Label("Nothing runs on this engine yet."));
        mainTabs.setId("main-tabs");
        mainTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        mainTabs.getTabs().setAll(List.of(
                tab("Inventory", Feather.LAYERS, inventoryPane()),
                tab("Nodes", Feather.SERVER, nodes),
                tab("Images", Feather.DISC, images),
                tab("Volumes", Feather.DATABASE, volumes),
                tab("Networks", Feather.SHARE_2, networks),
                tab("Alerts", Feather.BELL, alerts.panel()), editor.tab()));
        vm.resources().imagesProperty().addListener((o, a, l) -> images.getItems().setAll(l));
        vm.resources().volumesProperty().addListener((o, a, l) -> volumes.getItems().setAll(l));
        vm.resources().networksProperty().addListener((o, a, l) -> networks.getItems().setAll(l));
        mainTabs.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> loadResources());
        vm.inventory().rowsProperty().addListener((o, a, b) -> loadResources());
        split.getItems().setAll(mainTabs, detail);
        split.setDividerPositions(vm.windowProperty().get().detailDivider());
        SplitPane.setResizableWithParent(detail, false);
        VBox.setVgrow(split, Priority.ALWAYS);
        banner.setId("lost-banner");
        banner.getStyleClass().add(Styles.DANGER);
        banner.setGraphic(new FontIcon(Feather.WIFI_OFF));
        settingsBanner.setId("settings-banner");
        settingsBanner.getStyleClass().add(Styles.WARNING);
        settingsBanner.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        settingsBanner.setOnClose(e -> vm.dismissSettingsProblem());
        workspace.getChildren().setAll(settingsBanner, banner, split);

        refusedPane.setAlignment(Pos.CENTER);
        refusedPane.setPadding(new Insets(40));
        FontIcon icon = new FontIcon(Feather.ALERT_OCTAGON);
        icon.getStyleClass().add("empty-icon");
        refusedText.setId("refused-text");
        refusedText.setWrapText(true);
        refusedText.setMaxWidth(560);
        refusedText.getStyleClass().add("empty-text");
        refusedPane.getChildren().setAll(icon, refusedText);
    }

    private Node inventoryPane() {
        BorderPane pane = new BorderPane(tree);
        pane.setTop(actions.bar());
        return pane;
    }

    private VBox buildNoEngine() {
        FontIcon icon = new FontIcon(Feather.ANCHOR);
        icon.getStyleClass().add("hero-icon");
        Label title = new Label("No Docker Engine is reachable");
        title.getStyleClass().add(Styles.TITLE_2);
        Label text = new Label("""
                Gantry shows what your engines run, live. None of the endpoints answers yet.

                • Start Docker on this machine: `sudo systemctl start docker` on Linux, or open Docker Desktop \
                on macOS and Windows. Gantry retries by itself.
                • Or add an endpoint: a unix socket, a Windows named pipe, a remote engine over tcp:// with \
                TLS certificates, or one of your docker contexts.""");
        text.setWrapText(true);
        text.setMaxWidth(620);
        text.getStyleClass().add("empty-text");
        Button add = new Button("Add endpoint…", new FontIcon(Feather.PLUS));
        add.setId("no-engine-add");
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(e -> addEndpoint());
        Button retry = new Button("Retry now", new FontIcon(Feather.REFRESH_CW));
        retry.setOnAction(e -> vm.endpoints().forEach(EndpointViewModel::refresh));
        HBox buttons = new HBox(10, add, retry);
        buttons.setAlignment(Pos.CENTER);
        VBox box = new VBox(14, icon, title, text, buttons);
        box.setId("no-engine");
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(40));
        box.getStyleClass().add("no-engine");
        return box;
    }

    private void loadResources() {
        int i = mainTabs.getSelectionModel().getSelectedIndex();
        if (i >= 2 && i < 2 + ResourcesViewModel.Kind.values().length) {
            vm.loadResources(ResourcesViewModel.Kind.values()[i - 2]);
        }
    }

    /** A main tab whose content joins the scene when the tab is first shown (see {@link LazyTabContent}). */
    private static Tab tab(String text, Feather icon, Node content) {
        Tab t = new Tab(text);
        t.setGraphic(new FontIcon(icon));
        return LazyTabContent.install(t, content);
    }

    private void rebind(EndpointViewModel vm) {
        if (bound != null) {
            for (Observable o : observables(bound)) {
                o.removeListener(endpointChanged);
            }
        }
        bound = vm;
        if (vm != null) {
            for (Observable o : observables(vm)) {
                o.addListener(endpointChanged);
            }
        }
        renderEndpoint();
    }

    private static Observable[] observables(EndpointViewModel vm) {
        return new Observable[] {vm.phaseProperty(), vm.reasonProperty(), vm.retryInProperty(), vm.everConnectedProperty()};
    }

    private void renderEndpoint() {
        EndpointViewModel e = bound;
        boolean none = vm.noEngineProperty().get();
        ConnectionPhase phase = e == null ? null : e.phaseProperty().get();
        boolean hasData = e != null && e.snapshotProperty().get() != null;
        boolean refused = e != null && !hasData && phase == ConnectionPhase.REFUSED;
        noEngine.setVisible(none);
        refusedPane.setVisible(!none && refused);
        workspace.setVisible(!none && !refused);
        if (refused) {
            int retry = e.retryInProperty().get();
            refusedText.setText("Cannot reach " + e.profile().name() + " (" + e.profile().host() + ").\n\n"
                    + e.reasonProperty().get() + (retry >= 0 ? "\n\nRetrying in " + retry + " s." : ""));
        }
        boolean lost = e != null && hasData && (phase == ConnectionPhase.LOST || phase == ConnectionPhase.REFUSED
                || phase == ConnectionPhase.CONNECTING && e.everConnectedProperty().get());
        banner.setVisible(lost);
        banner.setManaged(lost);
        if (lost) {
            int retry = e.retryInProperty().get();
            banner.setTitle("Connection to " + e.profile().name() + " lost");
            banner.setDescription(e.reasonProperty().get() + " "
                    + (retry >= 0 ? "Retrying in " + retry + " s. " : "Reconnecting… ")
                    + "Showing the last known state.");
        }
        tree.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("stale"), lost);
        nodes.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("stale"), lost);
    }

    private void renderSettingsProblem() {
        String p = vm.settingsProblemProperty().get();
        boolean show = p != null && !p.isBlank();
        settingsBanner.setVisible(show);
        settingsBanner.setManaged(show);
        settingsBanner.setTitle("Settings problem");
        settingsBanner.setDescription(p);
    }

    private void installShortcuts() {
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                filter.clear();
                tree.requestFocus();
            } else if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                tree.requestFocus();
                if (tree.getSelectionModel().isEmpty()) {
                    tree.getSelectionModel().selectFirst();
                }
                e.consume();
            }
        });
        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                // The inventory, not the filter, starts with the keyboard: arrows work at once, and no
                // blinking caret keeps the scene repainting while the window sits idle (docs/benchmarks.md).
                scene.windowProperty().addListener((ow, aw, window) -> {
                    if (window != null) {
                        window.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, e -> tree.requestFocus());
                    }
                });
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
                    mainTabs.getSelectionModel().select(0);
                    filter.requestFocus();
                    filter.selectAll();
                });
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::addEndpoint);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), editor::openFile);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN),
                        () -> {
                            detail.tabs().getSelectionModel().select(streams.logsTab());
                            if (streams.logView() != null && streams.logsTab().getContent() == streams.logView()) {
                                streams.logView().focusSearch();
                            }
                        });
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN),
                        () -> detail.tabs().getSelectionModel().select(streams.statsTab()));
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN,
                        KeyCombination.SHIFT_DOWN), actions::prune);
                shortcut(scene, new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), ItemAction.SCALE);
                shortcut(scene, new KeyCodeCombination(KeyCode.U, KeyCombination.SHORTCUT_DOWN), ItemAction.UPDATE);
                shortcut(scene, new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), ItemAction.EXEC_RESTART);
                shortcut(scene, new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), ItemAction.RESTART);
            }
        });
        tree.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DELETE && !e.isShortcutDown()) {
                Selection sel = selection();
                if (sel != null) {
                    ItemAction.forKind(sel.kind()).stream().filter(a -> a.name().startsWith("REMOVE_")).findFirst()
                            .ifPresent(a -> actions.run(a));
                    e.consume();
                }
            }
        });
    }

    private void shortcut(javafx.scene.Scene scene, KeyCombination keys, ItemAction action) {
        scene.getAccelerators().put(keys, () -> {
            if (mainTabs.getSelectionModel().getSelectedIndex() == 0) {
                actions.run(action);
            }
        });
    }

    private void addEndpoint() {
        new EndpointDialog(getScene().getWindow(), vm.newForm(null), false, vm::contexts, vm::addEndpoint).show();
    }

    private void editEndpoint(EndpointViewModel e) {
        new EndpointDialog(getScene().getWindow(), vm.newForm(e), true, vm::contexts,
                p -> vm.replaceEndpoint(e, p)).show();
    }

    private void removeEndpoint(EndpointViewModel e) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "Remove the endpoint \"" + e.profile().name()
                + "\"? Gantry disconnects from it; nothing on the engine changes.", ButtonType.OK, ButtonType.CANCEL);
        a.initOwner(getScene().getWindow());
        a.setHeaderText(null);
        a.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> vm.removeEndpoint(e));
    }

    /** Selects the row with this id in the tree, if shown. */
    public boolean select(String id) {
        TreeItem<InventoryRow> item = tree.find(id);
        if (item == null) {
            return false;
        }
        tree.getSelectionModel().select(item);
        return true;
    }
}
