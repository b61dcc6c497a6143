package dev.gantry.ui.fx;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class LazyTabContentTest {

    private Label first;
    private Label hidden;
    private TabPane tabs;
    private Tab second;

    @Start
    void start(Stage stage) {
        first = new Label("first");
        hidden = new Label("hidden");
        tabs = new TabPane();
        second = LazyTabContent.install(new Tab("second"), hidden);
        tabs.getTabs().setAll(LazyTabContent.install(new Tab("first"), first), second);
        stage.setScene(new Scene(tabs, 300, 200));
        stage.show();
    }

    @Test
    void theShownTabHasItsContentAndAHiddenOneGetsItOnFirstSelection() {
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(first, tabs.getTabs().get(0).getContent(), "the first tab is selected when added");
        assertNull(second.getContent(), "a tab never shown is not in the scene");
        assertNull(hidden.getScene());
        WaitForAsyncUtils.asyncFx(() -> tabs.getSelectionModel().select(second));
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(hidden, second.getContent());
        assertSame(tabs.getScene(), hidden.getScene());
        WaitForAsyncUtils.asyncFx(() -> tabs.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(hidden, second.getContent(), "the content stays once shown");
    }
}
