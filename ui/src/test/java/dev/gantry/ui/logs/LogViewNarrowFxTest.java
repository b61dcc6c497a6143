package dev.gantry.ui.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gantry.ui.concurrent.FxBackgroundExecutor;
import dev.gantry.ui.fx.ShownText;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The log view as wide as the main window's detail pane (about 520 px): its controls wrap onto
 * more rows instead of being squeezed to "…" (the README's log screenshot showed "… … Time… … E…").
 */
@ExtendWith(ApplicationExtension.class)
class LogViewNarrowFxTest {

    private LogView view;

    @Start
    void start(Stage stage) {
        view = new LogView(new LogViewModel(new FxBackgroundExecutor(), 1000));
        stage.setScene(new Scene(view, 520, 400));
        stage.show();
    }

    @Test
    void everyControlShowsItsWholeLabelInANarrowPane() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> clipped = WaitForAsyncUtils.asyncFx(() -> {
            view.applyCss();
            view.layout();
            return ShownText.clipped(view);
        }).get(30, TimeUnit.SECONDS);
        assertEquals(List.of(), clipped);
    }
}
