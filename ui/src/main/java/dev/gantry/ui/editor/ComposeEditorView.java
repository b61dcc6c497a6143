package dev.gantry.ui.editor;

import dev.gantry.adapter.api.deploy.DeployRecord;
import dev.gantry.adapter.api.deploy.DeployResult;
import dev.gantry.adapter.api.deploy.StackDiff;
import dev.gantry.ui.editor.ComposeEditorViewModel.DeployPhase;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The compose editor: highlighted text with line numbers, a problems list, deploy with the diff
 * first, the deploy history. A standalone component; the main window embeds it (e.g. in a tab) and
 * asks {@link #confirmClose()} before closing it.
 */
public final class ComposeEditorView extends BorderPane {
    static final String STYLESHEET = "/dev/gantry/resources/css/compose-editor.css";

    private final ComposeEditorViewModel viewModel;
    private final CodeArea area = new CodeArea();
    private final ListView<EditorProblem> problemList = new ListView<>();
    private final ListView<String> deployLogList = new ListView<>();
    private final Label deploySummary = new Label();
    private final TabPane bottomTabs = new TabPane();
    private final Tab deployTab = new Tab("Deploy");
    private final ContextMenu completion = new ContextMenu();

    public ComposeEditorView(ComposeEditorViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("compose-editor");
        var css = ComposeEditorView.class.getResource(STYLESHEET);
        if (css != null) {
            getStylesheets().add(css.toExternalForm());
        }
        createView();
        initListeners();
    }

    public ComposeEditorViewModel viewModel() {
        return viewModel;
    }

    /** The text area, for tests and for the main window's focus handling. */
    public CodeArea codeArea() {
        return area;
    }

    private void createView() {
        setTop(toolBar());
        area.setId("compose-text");
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        area.replaceText(viewModel.getText());

        problemList.setId("problems");
        problemList.getStyleClass().add("problems");
        problemList.setPlaceholder(new Label("No problems."));
        problemList.setCellFactory(list -> new ProblemCell());
        deployLogList.setId("deploy-log");
        deployLogList.setPlaceholder(new Label("Deploy progress appears here."));
        deploySummary.setWrapText(true);
        deploySummary.setId("deploy-summary");
        VBox deployBox = new VBox(6, deploySummary, deployLogList);
        VBox.setVgrow(deployLogList, Priority.ALWAYS);
        deployBox.setStyle("-fx-padding: 6;");
        deployTab.setContent(deployBox);
        Tab problemsTab = new Tab();
        problemsTab.textProperty().bind(Bindings.size(viewModel.problems()).asString("Problems (%d)"));
        problemsTab.setContent(problemList);
        bottomTabs.getTabs().addAll(problemsTab, deployTab);
        bottomTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        SplitPane split = new SplitPane(new VirtualizedScrollPane<>(area), bottomTabs);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.72);
        setCenter(split);

        Label status = new Label();
        status.getStyleClass().add("status");
        status.setId("editor-status");
        status.textProperty().bind(viewModel.statusProperty());
        status.setWrapText(true);
        setBottom(status);
    }

    private ToolBar toolBar() {
        Button newButton = button("New", "fth-file", e -> {
            if (confirmDiscard("start a new file")) {
                viewModel.newFile();
            }
        });
        Button open = button("Open…", "fth-folder", e -> open());
        Button save = button("Save", "fth-save", e -> save());
        save.disableProperty().bind(viewModel.dirtyProperty().not());
        Button saveAs = button("Save as…", null, e -> saveAs());

        TextField stack = new TextField();
        stack.setId("stack-name");
        stack.setPromptText("stack name");
        stack.setPrefColumnCount(12);
        stack.textProperty().bindBidirectional(viewModel.stackNameProperty());
        Tooltip nameTip = new Tooltip();
        nameTip.textProperty().bind(viewModel.stackNameProblemProperty());
        viewModel.stackNameProblemProperty().addListener((o, was, now) -> {
            stack.setTooltip(now.isEmpty() ? null : nameTip);
            stack.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("danger"), !now.isEmpty());
        });
        Button deploy = button("Deploy to swarm", "fth-upload-cloud", e -> viewModel.prepareDeploy());
        deploy.setId("deploy");
        deploy.disableProperty().bind(viewModel.deployAvailableProperty().not()
                .or(viewModel.deployPhaseProperty().isEqualTo(DeployPhase.PREPARING))
                .or(viewModel.deployPhaseProperty().isEqualTo(DeployPhase.DEPLOYING)));
        Button up = button("Compose up", "fth-play", e -> viewModel.composeUp());
        up.setId("compose-up");
        up.visibleProperty().bind(viewModel.composeUpAvailableProperty());
        up.managedProperty().bind(up.visibleProperty());
        up.disableProperty().bind(viewModel.deployPhaseProperty().isEqualTo(DeployPhase.PREPARING)
                .or(viewModel.deployPhaseProperty().isEqualTo(DeployPhase.DEPLOYING)));
        Button history = button("History…", "fth-clock", e -> showHistory());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(viewModel.deployPhaseProperty().isEqualTo(DeployPhase.PREPARING)
                .or(viewModel.deployPhaseProperty().isEqualTo(DeployPhase.DEPLOYING)));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label title = new Label();
        title.setId("editor-title");
        title.textProperty().bind(viewModel.titleProperty());
        Label dirty = new Label("unsaved");
        dirty.getStyleClass().add("dirty-marker");
        dirty.visibleProperty().bind(viewModel.dirtyProperty());
        return new ToolBar(newButton, open, save, saveAs, new Separator(Orientation.VERTICAL), new Label("Stack"), stack, deploy, up, history,
                busy, spacer, title, dirty);
    }

    private static Button button(String text, String icon, javafx.event.EventHandler<javafx.event.ActionEvent> action) {
        Button b = new Button(text);
        if (icon != null) {
            b.setGraphic(new FontIcon(icon));
        }
        b.setOnAction(action);
        return b;
    }

    private void initListeners() {
        area.textProperty().addListener((o, was, now) -> {
            if (!now.equals(viewModel.getText())) {
                viewModel.setText(now);
            }
            highlight();
        });
        viewModel.textProperty().addListener((o, was, now) -> {
            if (!now.equals(area.getText())) {
                area.replaceText(now);
                area.moveTo(0);
            }
        });
        viewModel.problems().addListener((ListChangeListener<EditorProblem>) c -> highlight());
        problemList.setItems(viewModel.problems());
        problemList.setOnMouseClicked(e -> {
            EditorProblem p = problemList.getSelectionModel().getSelectedItem();
            if (p != null) {
                goTo(p);
            }
        });
        problemList.setOnKeyPressed(e -> {
            EditorProblem p = problemList.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && p != null) {
                goTo(p);
            }
        });
        deployLogList.setItems(viewModel.deployLog());
        viewModel.deployLog().addListener((ListChangeListener<String>) c ->
                deployLogList.scrollTo(Math.max(0, deployLogList.getItems().size() - 1)));
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isControlDown() && e.getCode() == KeyCode.SPACE) {
                showCompletion();
                e.consume();
            }
        });
        viewModel.pendingDiffProperty().addListener((o, was, diff) -> {
            if (diff != null) {
                Platform.runLater(() -> askToDeploy(diff));
            }
        });
        viewModel.deployPhaseProperty().addListener((o, was, now) -> {
            if (now == DeployPhase.DEPLOYING) {
                deploySummary.setText("Deploying stack " + viewModel.stackNameProperty().get() + " …");
                bottomTabs.getSelectionModel().select(deployTab);
            }
        });
        viewModel.lastResultProperty().addListener((o, was, result) -> {
            if (result != null) {
                deploySummary.setText(summary(result));
            }
        });
        highlight();
    }

    private static String summary(DeployResult r) {
        if (r.succeeded()) {
            return "Stack " + r.stack() + " deployed: " + r.applied().size() + " steps.";
        }
        return r.failure().orElseThrow().sentence() + (r.rollbackIssues().isEmpty()
                ? " The previous stack was restored (" + r.undone().size() + " steps undone). Your text is unchanged."
                : " Not everything could be restored: " + String.join("; ", r.rollbackIssues()));
    }

    private void highlight() {
        String text = area.getText();
        area.setStyleSpans(0, YamlHighlighter.spans(text, text.equals(viewModel.getText())
                ? viewModel.problems() : List.of()));
    }

    /** Moves the caret to a problem's line and column and shows it. */
    void goTo(EditorProblem p) {
        if (p.line() <= 0) {
            return;
        }
        area.moveTo(TextPositions.offset(area.getText(), p.line(), p.column()));
        area.requestFollowCaret();
        area.requestFocus();
    }

    private void showCompletion() {
        List<String> keys = viewModel.completionsAt(area.getCurrentParagraph(), area.getCaretColumn());
        completion.getItems().clear();
        if (keys.isEmpty()) {
            completion.hide();
            return;
        }
        String line = area.getParagraph(area.getCurrentParagraph()).getText();
        String before = line.substring(0, Math.min(area.getCaretColumn(), line.length()));
        String typed = before.substring(before.length() - before.stripLeading().length());
        for (String key : keys.subList(0, Math.min(keys.size(), 40))) {
            MenuItem item = new MenuItem(key);
            item.setOnAction(e -> area.insertText(area.getCaretPosition(), key.substring(typed.length()) + ": "));
            completion.getItems().add(item);
        }
        Optional<Bounds> caret = area.getCaretBounds();
        caret.ifPresentOrElse(b -> completion.show(area, b.getMinX(), b.getMaxY()),
                () -> completion.show(area, javafx.geometry.Side.TOP, 0, 0));
    }

    private void askToDeploy(StackDiff diff) {
        if (viewModel.pendingDiffProperty().get() != diff) {
            return;
        }
        DeployDiffDialog dialog = new DeployDiffDialog(diff);
        dialog.initOwner(window());
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isPresent() && answer.get().getButtonData() == ButtonBar.ButtonData.OK_DONE) {
            viewModel.confirmDeploy();
        } else {
            viewModel.cancelDeploy();
        }
    }

    private void showHistory() {
        viewModel.loadHistory();
        HistoryDialog dialog = new HistoryDialog(viewModel.stackNameProperty().get(), viewModel.history());
        dialog.initOwner(window());
        Optional<DeployRecord> chosen = dialog.showAndWait();
        chosen.ifPresent(r -> {
            if (confirmDiscard("open the deployed file")) {
                viewModel.openFromHistory(r);
            }
        });
    }

    private void open() {
        if (!confirmDiscard("open another file")) {
            return;
        }
        FileChooser chooser = chooser("Open a compose file");
        File f = chooser.showOpenDialog(window());
        if (f != null) {
            viewModel.open(f.toPath());
        }
    }

    private void save() {
        if (!viewModel.save()) {
            saveAs();
        }
    }

    private void saveAs() {
        FileChooser chooser = chooser("Save the compose file");
        Path current = viewModel.fileProperty().get();
        chooser.setInitialFileName(current == null ? "docker-compose.yml" : current.getFileName().toString());
        File f = chooser.showSaveDialog(window());
        if (f != null) {
            viewModel.saveAs(f.toPath());
        }
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Compose files", "*.yml", "*.yaml"),
                new FileChooser.ExtensionFilter("All files", "*"));
        Path current = viewModel.fileProperty().get();
        if (current != null && current.toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
        }
        return chooser;
    }

    /**
     * Asks before the editor is closed with unsaved text. True when it may close: the text was
     * saved, or the user chose to close anyway (the draft then restores it next time) or to discard it.
     */
    public boolean confirmClose() {
        if (!viewModel.isDirty()) {
            return true;
        }
        ButtonType keepDraft = new ButtonType("Close, keep a draft", ButtonBar.ButtonData.OTHER);
        ButtonType discard = new ButtonType("Discard changes", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, viewModel.titleProperty().get()
                + " has unsaved changes. Save them first, keep them as a draft that is restored next time,"
                + " or discard them?", ButtonType.CANCEL, keepDraft, discard);
        alert.setHeaderText("Unsaved changes");
        alert.initOwner(window());
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return false;
        }
        if (answer.get() == discard) {
            viewModel.discardChanges();
        } else {
            viewModel.keepDraftNow();
        }
        viewModel.dispose();
        return true;
    }

    private boolean confirmDiscard(String action) {
        if (!viewModel.isDirty()) {
            return true;
        }
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, viewModel.titleProperty().get()
                + " has unsaved changes. Discard them to " + action + "?", ButtonType.CANCEL, ButtonType.OK);
        alert.setHeaderText("Unsaved changes");
        alert.initOwner(window());
        return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    /** A problem with its severity icon and line:col. */
    private static final class ProblemCell extends ListCell<EditorProblem> {
        @Override
        protected void updateItem(EditorProblem p, boolean empty) {
            super.updateItem(p, empty);
            if (empty || p == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(p.describe());
            FontIcon icon = new FontIcon(p.isError() ? "fth-x-circle" : "fth-alert-triangle");
            icon.getStyleClass().add(p.isError() ? "error-icon" : "warning-icon");
            setGraphic(icon);
        }
    }
}
