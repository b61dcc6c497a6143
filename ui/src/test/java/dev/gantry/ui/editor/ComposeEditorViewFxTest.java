package dev.gantry.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.compose.ComposeLoader;
import dev.gantry.ui.concurrent.FxBackgroundExecutor;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The editor in a real (headless) window: type a broken file, see the problem, click it, land on it. */
@ExtendWith(ApplicationExtension.class)
class ComposeEditorViewFxTest {
    @TempDir
    static Path dir;
    private FxBackgroundExecutor executor;
    private ComposeEditorViewModel viewModel;
    private ComposeEditorView view;

    @Start
    void start(Stage stage) {
        executor = new FxBackgroundExecutor();
        viewModel = new ComposeEditorViewModel(executor, new TimerUiScheduler(executor),
                new ComposeLoader(Map.of()), new DraftStore(dir.resolve("drafts")), null);
        view = new ComposeEditorView(viewModel);
        stage.setScene(new Scene(view, 900, 600));
        stage.show();
    }

    @AfterEach
    void stop() {
        viewModel.dispose();
        executor.close();
    }

    @Test
    void aTypedErrorIsListedWithItsPositionAndClickingItMovesTheCaret(FxRobot robot) throws Exception {
        CodeArea area = robot.lookup("#compose-text").queryAs(CodeArea.class);
        System.gc(); // the view's listeners must survive a collection
        System.gc();
        robot.clickOn(area);
        robot.write("version: \"3.8\"\nservices:\n  web:\n    image: nginx\n    replicas: 2\n");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> viewModel.problems().size() == 1
                && viewModel.problems().get(0).line() == 5);

        ListView<EditorProblem> problems = robot.lookup("#problems").queryListView();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, problems.getItems().size());
        assertEquals(5, problems.getItems().get(0).line(), problems.getItems() + " in:\n" + area.getText());
        javafx.scene.control.ListCell<?> cellText = robot.lookup(".list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> c
                && c.getText() != null && c.getText().startsWith("5:5  error")).query();
        assertTrue(cellText.getText().contains("replicas"), cellText.getText());
        assertEquals(area.getLength(), area.getCaretPosition(), "caret at the end after typing");

        robot.clickOn(cellText);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(4, area.getCurrentParagraph(), "line 5");
        assertEquals(4, area.getCaretColumn(), "column 5");
        assertTrue(area.getStyleOfChar(area.getCaretPosition()).contains(YamlHighlighter.ERROR),
                "the error is underlined in the text: " + area.getStyleSpans(0, area.getLength()));
        assertTrue(area.getStyleOfChar(area.getCaretPosition()).contains(YamlHighlighter.KEY));
    }

    @Test
    void deployShowsTheDiffDialogAndCancelAppliesNothing(FxRobot robot) throws Exception {
        ComposeEditorViewModelTest.FakeDeployments swarm = new ComposeEditorViewModelTest.FakeDeployments(false);
        robot.interact(() -> {
            viewModel.useDeployments(swarm);
            viewModel.setText(ComposeEditorViewModelTest.VALID);
            viewModel.stackNameProperty().set("shop");
        });
        robot.clickOn("#deploy");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#diff-body").tryQuery().isPresent());
        assertTrue(robot.lookup(".label").match(n -> n instanceof javafx.scene.control.Label l
                && l.getText().equals("image:  \"nginx:1\"  →  \"nginx\"")).tryQuery().isPresent(),
                "the changed field is shown old → new");
        robot.clickOn(showing(robot, "Cancel"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ComposeEditorViewModel.DeployPhase.IDLE, viewModel.deployPhaseProperty().get());
        assertEquals(java.util.List.of("diff shop"), swarm.calls);
    }

    @Test
    void ctrlSpaceCompletesTheServiceKeysAtTheCaret(FxRobot robot) throws Exception {
        CodeArea area = robot.lookup("#compose-text").queryAs(CodeArea.class);
        robot.clickOn(area);
        robot.write("services:\n  web:\n    ima");
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SPACE)
                .release(javafx.scene.input.KeyCode.SPACE, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup(".context-menu .menu-item").tryQuery().isPresent());
        assertEquals(java.util.List.of("image"), robot.lookup(".context-menu .menu-item .label").queryAll().stream()
                .map(n -> ((javafx.scene.control.Label) n).getText()).toList());
        robot.clickOn(".context-menu .menu-item");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("services:\n  web:\n    image: ", area.getText());
    }

    @Test
    void closingWithUnsavedTextAsksFirst(FxRobot robot) throws Exception {
        robot.interact(() -> viewModel.setText(ComposeEditorViewModelTest.VALID));
        java.util.concurrent.atomic.AtomicReference<Boolean> answer = new java.util.concurrent.atomic.AtomicReference<>();
        javafx.application.Platform.runLater(() -> answer.set(view.confirmClose()));
        showing(robot, "Unsaved changes");
        robot.clickOn(showing(robot, "Cancel"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> answer.get() != null);
        assertEquals(false, answer.get(), "Cancel keeps the editor open");
        assertEquals(ComposeEditorViewModelTest.VALID, viewModel.getText());

        answer.set(null);
        javafx.application.Platform.runLater(() -> answer.set(view.confirmClose()));
        robot.clickOn(showing(robot, "Close, keep a draft"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> answer.get() != null);
        assertEquals(true, answer.get());
        Path draft = dir.resolve("drafts").resolve("compose-editor.draft");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> java.nio.file.Files.exists(draft));
        assertEquals(ComposeEditorViewModelTest.VALID, new DraftStore(dir.resolve("drafts")).load().orElseThrow().text());
    }

    /**
     * The dialog's button once it is on screen. A dialog's header can be found before its window shows, and a
     * dialog that is closing still holds a button of the same name: clicking by name alone picks either.
     */
    private static javafx.scene.Node showing(FxRobot robot, String text) throws Exception {
        java.util.function.Supplier<java.util.Optional<javafx.scene.Node>> find = () -> robot.lookup(text).queryAll()
                .stream().filter(n -> n.isVisible() && n.getScene() != null && n.getScene().getWindow() != null
                        && n.getScene().getWindow().isShowing() && n.getBoundsInLocal().getWidth() > 0)
                .findFirst();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> find.get().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return find.get().orElseThrow(() -> new AssertionError("no showing node with text " + text));
    }
}
