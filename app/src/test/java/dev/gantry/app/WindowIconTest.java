package dev.gantry.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class WindowIconTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void theIconIsDecodedAwayFromTheFxThreadThenSetOnTheWindow() throws TimeoutException {
        List<Image> atReturn = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            WindowIcon.apply(stage);
            return List.copyOf(stage.getIcons());
        });
        assertEquals(List.of(), atReturn, "apply() returned only after decoding the PNG on the JavaFX thread");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !stage.getIcons().isEmpty());
        Image icon = stage.getIcons().get(0);
        assertEquals(256, icon.getWidth());
        assertTrue(icon.getProgress() >= 1.0 && !icon.isError());
    }
}
