package dev.gantry.ui.main;

import dev.gantry.adapter.api.EngineSession;
import dev.gantry.ui.concurrent.BackgroundExecutor;
import dev.gantry.ui.editor.ComposeEditorView;
import dev.gantry.ui.editor.ComposeEditorViewModel;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The compose editor as a main tab, created when first shown (it may restore a draft). Deploys go
 * to the selected endpoint's session.
 */
final class EditorTab {

    private final Tab tab = new Tab("Editor");
    private final TabPane tabs;
    private final BackgroundExecutor executor;
    private final Supplier<EngineSession> session;
    private Path draftsDir;
    private Path historyDir;
    private ComposeEditorView view;

    EditorTab(TabPane tabs, BackgroundExecutor executor, Supplier<EngineSession> session, Path draftsDir, Path historyDir) {
        this.tabs = tabs;
        this.executor = executor;
        this.session = session;
        this.draftsDir = draftsDir;
        this.historyDir = historyDir;
        tab.setId("editor-tab");
        tab.setGraphic(new FontIcon(Feather.EDIT));
        tab.setOnSelectionChanged(e -> {
            if (tab.isSelected()) {
                editor();
            }
        });
    }

    Tab tab() {
        return tab;
    }

    void useDirs(Path drafts, Path history) {
        if (view == null) {
            this.draftsDir = drafts;
            this.historyDir = history;
        }
    }

    /** The editor, created on first use. */
    ComposeEditorView editor() {
        if (view == null) {
            ComposeEditorViewModel vm = ComposeEditorViewModel.create(executor, draftsDir, historyDir);
            view = new ComposeEditorView(vm);
            tab.setContent(view);
        }
        view.viewModel().useSession(session.get());
        return view;
    }

    void sessionChanged() {
        if (view != null) {
            view.viewModel().useSession(session.get());
        }
    }

    void show() {
        tabs.getSelectionModel().select(tab);
        editor();
    }

    /** New compose file (asks first when the text is unsaved). */
    void newFile() {
        show();
        if (!view.viewModel().isDirty() || view.confirmClose()) {
            view.viewModel().newFile();
        }
    }

    void openFile() {
        show();
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a compose file");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Compose files", "*.yml", "*.yaml"),
                new FileChooser.ExtensionFilter("All files", "*"));
        java.io.File f = chooser.showOpenDialog(tab.getTabPane().getScene().getWindow());
        if (f != null && (!view.viewModel().isDirty() || view.confirmClose())) {
            view.viewModel().open(f.toPath());
        }
    }

    /** Opens the compose file of the stack's latest deploy recorded by Gantry. */
    void openFromHistory(String stack) {
        show();
        ComposeEditorViewModel vm = view.viewModel();
        if (vm.isDirty() && !view.confirmClose()) {
            return;
        }
        vm.stackNameProperty().set(stack);
        vm.history().addListener(new ListChangeListener<>() {
            @Override
            public void onChanged(Change<? extends dev.gantry.adapter.api.deploy.DeployRecord> c) {
                vm.history().removeListener(this);
                vm.history().stream().max(java.util.Comparator.comparing(r -> r.time())).ifPresent(vm::openFromHistory);
            }
        });
        vm.loadHistory();
    }
}
