package dev.gantry.ui.main;

import dev.gantry.adapter.api.EngineSession;
import dev.gantry.adapter.api.InventorySnapshot;
import dev.gantry.ui.actions.Selection;
import dev.gantry.ui.concurrent.BackgroundExecutor;
import dev.gantry.ui.inventory.InventoryRow;
import dev.gantry.ui.inventory.RowContainers;
import dev.gantry.ui.inventory.RowKind;
import dev.gantry.ui.logs.LogView;
import dev.gantry.ui.logs.LogViewModel;
import dev.gantry.ui.stats.ContainerChartsView;
import dev.gantry.ui.stats.ContainerStatsViewModel;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The detail pane's Logs and Stats tabs for the selected container, task, service or stack (a
 * service's, stack's or project's charts show the sum over its running containers). A
 * stream is open only while its tab is the visible one: it is closed when the selection changes
 * or another tab is chosen, so there is one stream per visible panel.
 */
final class DetailStreams {

    static final int LOG_LINES = 100_000;
    static final Duration STATS_RETENTION = Duration.ofMinutes(15);

    private final TabPane tabs;
    private final Supplier<Selection> selection;
    private final Supplier<EngineSession> session;
    private final Supplier<InventorySnapshot> snapshot;
    private final BackgroundExecutor executor;
    private final Tab logsTab = new Tab("Logs");
    private final Tab statsTab = new Tab("Stats");
    private LogView logView;
    private ContainerStatsViewModel statsVm;
    private String logKey;
    private String statsKey;
    private InventoryRow statsGroup;

    DetailStreams(TabPane tabs, Supplier<Selection> selection, Supplier<EngineSession> session,
                  Supplier<InventorySnapshot> snapshot, BackgroundExecutor executor) {
        this.tabs = tabs;
        this.selection = selection;
        this.session = session;
        this.snapshot = snapshot;
        this.executor = executor;
        logsTab.setId("logs-tab");
        logsTab.setGraphic(new FontIcon(Feather.FILE_TEXT));
        statsTab.setId("stats-tab");
        statsTab.setGraphic(new FontIcon(Feather.ACTIVITY));
        tabs.getTabs().addAll(logsTab, statsTab);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> update());
    }

    Tab logsTab() {
        return logsTab;
    }

    Tab statsTab() {
        return statsTab;
    }

    LogView logView() {
        return logView;
    }

    /** Opens what the visible tab needs for the current selection and closes everything else. */
    void update() {
        Selection sel = selection.get();
        EngineSession s = session.get();
        Tab shown = tabs.getSelectionModel().getSelectedItem();
        String lk = shown == logsTab && s != null ? logKey(sel) : null;
        if (!Objects.equals(lk, logKey)) {
            closeLogs();
            logKey = lk;
            if (lk != null) {
                openLogs(sel, s);
            } else {
                logsTab.setContent(hint(sel == null ? "Select a container, task, service or stack for its log."
                        : "This row has no log of its own."));
            }
        }
        String sk = shown == statsTab && s != null ? statsKey(sel) : null;
        if (!Objects.equals(sk, statsKey)) {
            closeStats();
            statsKey = sk;
            if (sk != null) {
                statsVm = new ContainerStatsViewModel(executor, STATS_RETENTION);
                statsVm.setHostMemory(s.info() == null ? 0 : s.info().memoryBytes());
                statsTab.setContent(new ContainerChartsView(statsVm));
                if (isGroup(sel.kind())) {
                    statsGroup = sel.row();
                    statsVm.watchGroup(s.stats(), sel.displayName(), RowContainers.of(statsGroup, snapshot.get()));
                } else {
                    statsVm.watch(s.stats(), sel.containerId());
                }
            } else {
                statsTab.setContent(hint("Select a container, a task with a running container, a service, a stack "
                        + "or a Compose project for its charts."));
            }
        }
    }

    /** A new inventory: a service's or stack's charts follow its replicas as they come and go. */
    void snapshotChanged() {
        if (statsVm != null && statsGroup != null) {
            statsVm.setMembers(statsGroup.name(), RowContainers.of(statsGroup, snapshot.get()));
        }
    }

    private static boolean isGroup(RowKind kind) {
        return kind == RowKind.SERVICE || kind == RowKind.STACK || kind == RowKind.PROJECT;
    }

    private void openLogs(Selection sel, EngineSession s) {
        LogViewModel vm = new LogViewModel(executor, LOG_LINES);
        logView = new LogView(vm);
        logsTab.setContent(logView);
        switch (sel.kind()) {
            case SERVICE -> vm.open((req, l) -> s.logs().service(sel.service().name(), req, l));
            case STACK -> vm.open((req, l) -> s.logs().stack(sel.stack().name(), req, l));
            default -> vm.open((req, l) -> s.logs().container(sel.containerId(), req, l));
        }
    }

    private static String logKey(Selection sel) {
        if (sel == null) {
            return null;
        }
        return switch (sel.kind()) {
            case SERVICE -> sel.service() == null ? null : "service:" + sel.service().name();
            case STACK -> sel.stack() == null ? null : "stack:" + sel.stack().name();
            case TASK, CONTAINER -> sel.containerId() == null ? null : "container:" + sel.containerId();
            default -> null;
        };
    }

    private static String statsKey(Selection sel) {
        if (sel == null) {
            return null;
        }
        if (isGroup(sel.kind())) {
            return "group:" + sel.row().id();
        }
        if ((sel.kind() != RowKind.TASK && sel.kind() != RowKind.CONTAINER) || sel.containerId() == null) {
            return null;
        }
        return sel.containerId();
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setPadding(new Insets(16));
        l.getStyleClass().add("text-muted");
        return l;
    }

    private void closeLogs() {
        if (logView != null) {
            logView.close();
            logView = null;
        }
    }

    private void closeStats() {
        if (statsVm != null) {
            statsVm.close();
            statsVm = null;
        }
        statsGroup = null;
    }

    void close() {
        closeLogs();
        closeStats();
        logKey = null;
        statsKey = null;
    }
}
