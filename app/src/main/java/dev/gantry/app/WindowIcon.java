package dev.gantry.app;

import java.io.InputStream;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sets Gantry's icon on a window (taskbar, title bar, Alt+Tab). */
final class WindowIcon {

    private static final Logger LOG = LoggerFactory.getLogger(WindowIcon.class);
    static final String RESOURCE = "/dev/gantry/resources/icons/gantry.png";

    private WindowIcon() {
    }

    static void apply(Stage stage) {
        try (InputStream in = WindowIcon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                LOG.info("No window icon on the classpath at {}", RESOURCE);
                return;
            }
            stage.getIcons().setAll(new Image(in));
        } catch (java.io.IOException e) {
            LOG.info("Could not read the window icon: {}", e.getMessage());
        }
    }
}
