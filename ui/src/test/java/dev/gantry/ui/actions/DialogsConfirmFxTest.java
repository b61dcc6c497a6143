package dev.gantry.ui.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The confirmation of a destructive action, as seen in the running app: its sentence was cut
 * ("Its writable layer and …", the grace period of Stop never showed), and after ticking Force
 * with the mouse, Enter unticked the box instead of pressing Remove.
 */
@ExtendWith(ApplicationExtension.class)
class DialogsConfirmFxTest {

    private static final String TEXT = "Remove the container gantry-demo-blog-app-1? Its writable layer and anonymous"
            + " volumes go with it; named volumes stay. Stop it first, or tick Force to kill it.";
    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 600, 400));
        stage.show();
    }

    @Test
    void theWholeSentenceShowsAndEnterAfterTickingTheOptionConfirmsWithIt(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(Dialogs.confirm(owner, "Remove container gantry-demo-blog-app-1", TEXT,
                "Remove", "Force: kill it first if it is running")));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#confirm-option").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        String drawn = WaitForAsyncUtils.asyncFx(() -> {
            Label body = robot.lookup("#confirm-text").queryAs(Label.class);
            StringBuilder s = new StringBuilder();
            for (Node n : body.getChildrenUnmodifiable()) {
                if (n instanceof Text t) {
                    s.append(t.getText());
                }
            }
            return s.toString();
        }).get(10, TimeUnit.SECONDS);
        assertEquals(TEXT, drawn.replace('\n', ' '));
        robot.clickOn("#confirm-option");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertEquals(Boolean.TRUE, answer.get(10, TimeUnit.SECONDS), "confirmed with Force ticked");
    }
}
