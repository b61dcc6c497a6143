package dev.gantry.app.window;

import static dev.gantry.app.window.AppHarness.fx;
import static dev.gantry.app.window.AppHarness.within;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.app.settings.JsonSettingsStore;
import dev.gantry.ui.settings.SavedEndpoint;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * First start without any endpoint explains what to do; the endpoint dialog refuses bad input
 * with a clear sentence and writes nothing; good input is saved and survives a restart.
 */
@ExtendWith(ApplicationExtension.class)
class EndpointDialogTest {

    private AppHarness app;

    @Start
    void start(Stage stage) {
        app = AppHarness.start(stage, List.of());
    }

    @AfterEach
    void close() {
        app.close();
    }

    private void fill(FxRobot robot, String id, String text) {
        fx(() -> {
            robot.lookup(id).queryAs(TextField.class).setText(text);
            return null;
        });
    }

    private String problems(FxRobot robot) {
        return fx(() -> {
            Label l = robot.lookup("#endpoint-problems").queryAs(Label.class);
            return l.isVisible() ? l.getText() : "";
        });
    }

    private void openDialog(FxRobot robot) {
        assertTrue(fx(() -> robot.lookup("#no-engine").query().isVisible()), "the first start explains how to get an engine");
        robot.clickOn("#no-engine-add");
        assertTrue(within(Duration.ofSeconds(10), () -> robot.lookup("#endpoint-dialog").tryQuery().isPresent()));
    }

    private void save(FxRobot robot) {
        robot.clickOn("#endpoint-save");
        robot.sleep(200);
    }

    @Test
    void badInputIsRefusedWithASentenceAndNothingIsSaved(FxRobot robot) throws Exception {
        openDialog(robot);
        fill(robot, "#endpoint-name", "remote");

        fill(robot, "#endpoint-host", "tcp://exa mple.org:2376");
        save(robot);
        assertTrue(problems(robot).startsWith("Host: \"tcp://exa mple.org:2376\" is not an address"), problems(robot));

        fill(robot, "#endpoint-host", "tcp://203.0.113.7:2375");
        save(robot);
        assertTrue(problems(robot).contains("would not be encrypted"), problems(robot));

        fill(robot, "#endpoint-host", "tcp://203.0.113.7:2376");
        fx(() -> {
            robot.lookup("#endpoint-tls").queryAs(CheckBox.class).setSelected(true);
            return null;
        });
        fill(robot, "#endpoint-ca", "/nonexistent/gantry/ca.pem");
        fill(robot, "#endpoint-cert", "/nonexistent/gantry/cert.pem");
        fill(robot, "#endpoint-key", "/nonexistent/gantry/key.pem");
        save(robot);
        assertTrue(problems(robot).contains("CA certificate: /nonexistent/gantry/ca.pem does not exist."), problems(robot));
        assertTrue(problems(robot).contains("Client certificate: /nonexistent/gantry/cert.pem does not exist."));

        assertTrue(robot.lookup("#endpoint-dialog").tryQuery().isPresent(), "the dialog stays open");
        assertFalse(Files.exists(app.configDir.resolve(JsonSettingsStore.FILE)), "nothing was written");
        assertEquals(0, (int) fx(() -> app.vm.endpoints().size()));
    }

    @Test
    void goodInputIsSavedAndCanBeRemoved(FxRobot robot) throws Exception {
        openDialog(robot);
        fill(robot, "#endpoint-name", "local socket");
        fill(robot, "#endpoint-host", "unix:///tmp/gantry-ui-test-nothing-here.sock");
        save(robot);
        assertTrue(within(Duration.ofSeconds(10), () -> robot.lookup("#endpoint-dialog").tryQuery().isEmpty()),
                "the dialog closes");
        assertTrue(within(Duration.ofSeconds(10), () -> Files.exists(app.configDir.resolve(JsonSettingsStore.FILE))));
        List<SavedEndpoint> saved = new JsonSettingsStore(app.configDir).load().settings().endpoints();
        assertEquals(1, saved.size());
        assertEquals("local socket", saved.get(0).name());
        assertEquals("unix:///tmp/gantry-ui-test-nothing-here.sock", saved.get(0).host());

        assertTrue(within(Duration.ofSeconds(10), () -> robot.lookup("#endpoint-list .list-cell").queryAll().stream()
                .anyMatch(Node::isVisible)));
        robot.clickOn("local socket");
        robot.clickOn("#remove-endpoint");
        robot.clickOn("OK");
        assertTrue(within(Duration.ofSeconds(10), () -> new JsonSettingsStore(app.configDir).load().settings().endpoints().isEmpty()),
                "the removal is saved");
    }
}
