package dev.gantry.ui.actions;

import dev.gantry.ui.fx.EnterPressesDefault;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Modal windows owned by the main stage: operation views, confirmations and error sentences. */
public final class Dialogs {

    private static final Logger LOG = LoggerFactory.getLogger(Dialogs.class);

    private Dialogs() {
    }

    /** Shows an operation view in its own modal window; {@code onClose} runs when it closes (may be null). */
    public static Stage open(Window owner, String title, Parent content, Runnable onClose) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(title);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        Scene scene = new Scene(scroll);
        if (owner != null && owner.getScene() != null && owner.getScene().getRoot() != null) {
            scene.getStylesheets().setAll(owner.getScene().getRoot().getStylesheets());
            content.getStyleClass().add("gantry");
        }
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        if (owner instanceof Stage s && !s.getIcons().isEmpty()) {
            stage.getIcons().setAll(s.getIcons());
        }
        if (onClose != null) {
            stage.setOnHidden(e -> onClose.run());
        }
        resizeWhenShown(stage);
        // after the first sizing (resizeWhenShown's runLater comes first): then follow the content
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, e -> javafx.application.Platform.runLater(
                () -> scene.addPostLayoutPulseListener(() -> growToFit(stage, scroll, content))));
        stage.show();
        return stage;
    }

    /** How wide a dialog may grow for its content's sake (wrapped text then wraps at this width). */
    static final double GROW_WIDTH_UP_TO = 640;

    /**
     * Grows the dialog when its content needs more room than it has (a validation message appeared,
     * a progress line wrapped): without this the scroll pane showed a scroll bar and the title was cut
     * to make room for it. The width grows to the content's preferred width, up to
     * {@link #GROW_WIDTH_UP_TO} (or the width it has); the height to what the content needs at that
     * width; both within the screen. It grows around its centre (a third from the top, as placed), so
     * it stays over its owner. It never shrinks: no jumping while the user types, and a size the user
     * gave it stays. Cheap enough for every layout pass (preferred sizes are cached).
     */
    static void growToFit(Stage stage, ScrollPane scroll, Parent content) {
        Scene scene = stage.getScene();
        if (!stage.isShowing() || stage.isMaximized() || stage.isFullScreen() || scene == null) {
            return;
        }
        javafx.geometry.Insets chrome = scroll.getInsets();
        double viewW = scene.getWidth() - chrome.getLeft() - chrome.getRight();
        double viewH = scene.getHeight() - chrome.getTop() - chrome.getBottom();
        double wantW = viewW;
        double prefW = Math.ceil(content.prefWidth(-1));
        if (prefW > viewW + 0.5) {
            wantW = Math.min(prefW, Math.max(viewW, GROW_WIDTH_UP_TO));
        }
        double wantH = Math.ceil(content.prefHeight(wantW));
        double dw = wantW - viewW;
        double dh = wantH - viewH;
        if (dw < 0.5 && dh < 0.5) {
            return;
        }
        javafx.geometry.Rectangle2D bounds = screenOf(stage);
        double w = Math.min(stage.getWidth() + Math.max(0, dw), bounds.getWidth());
        double h = Math.min(stage.getHeight() + Math.max(0, dh), bounds.getHeight());
        if (w - stage.getWidth() < 0.5 && h - stage.getHeight() < 0.5) {
            return; // as large as the screen allows: the scroll bar does the rest
        }
        double x = stage.getX() - (w - stage.getWidth()) / 2;
        double y = stage.getY() - (h - stage.getHeight()) / 3;
        stage.setWidth(w);
        stage.setHeight(h);
        stage.setX(Math.max(bounds.getMinX(), Math.min(x, bounds.getMaxX() - w)));
        stage.setY(Math.max(bounds.getMinY(), Math.min(y, bounds.getMaxY() - h)));
    }

    private static javafx.geometry.Rectangle2D screenOf(Stage stage) {
        var screens = javafx.stage.Screen.getScreensForRectangle(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        return (screens.isEmpty() ? javafx.stage.Screen.getPrimary() : screens.get(0)).getVisualBounds();
    }

    /**
     * Works around JDK-8316423 (JavaFX 21 on some X11 window managers, e.g. openbox: a stage shown for
     * the first time keeps a tiny default size instead of its scene's): once the stage is on screen, it
     * is sized to its scene again. Harmless where the window manager got it right; a maximized or
     * full-screen stage is left alone.
     */
    public static void resizeWhenShown(Stage stage) {
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, e -> javafx.application.Platform.runLater(() -> {
            if (!stage.isMaximized() && !stage.isFullScreen()) {
                stage.sizeToScene();
                placeOverOwner(stage);
            }
        }));
    }

    /**
     * Puts a dialog over the middle of its owner (a third from its top, as JavaFX places dialogs), kept
     * on the owner's screen: resized after it was shown, it would otherwise stay where the window
     * manager first put a tiny window (under openbox: the top-left corner, title bar off screen).
     */
    static void placeOverOwner(Stage stage) {
        Window owner = stage.getOwner();
        if (owner == null || owner.getWidth() <= 0) {
            return;
        }
        double x = owner.getX() + (owner.getWidth() - stage.getWidth()) / 2;
        double y = owner.getY() + (owner.getHeight() - stage.getHeight()) / 3;
        var screens = javafx.stage.Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight());
        if (!screens.isEmpty()) {
            javafx.geometry.Rectangle2D b = screens.get(0).getVisualBounds();
            x = Math.max(b.getMinX(), Math.min(x, b.getMaxX() - stage.getWidth()));
            y = Math.max(b.getMinY(), Math.min(y, b.getMaxY() - stage.getHeight()));
        }
        stage.setX(x);
        stage.setY(y);
    }

    /** Asks before a destructive action; the text names what will go. True when the user confirmed. */
    public static boolean confirm(Window owner, String title, String text, String okLabel) {
        return confirm(owner, title, text, okLabel, null) != null;
    }

    /**
     * Like {@link #confirm(Window, String, String, String)} with an option box; returns null when
     * cancelled, else whether the option was ticked.
     */
    public static Boolean confirm(Window owner, String title, String text, String okLabel, String option) {
        ButtonType ok = new ButtonType(okLabel, ButtonBar.ButtonData.OK_DONE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, null, ok, ButtonType.CANCEL);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(title);
        a.getDialogPane().setId("confirm-dialog");
        Label body = new Label(text);
        body.setId("confirm-text");
        body.setWrapText(true);
        body.setMaxWidth(520);
        body.setMinHeight(Region.USE_PREF_SIZE); // all its lines, not "…" (the grace period of Stop was cut)
        VBox box = new VBox(10, body);
        CheckBox check = new CheckBox(option);
        check.setId("confirm-option");
        EnterPressesDefault.install(check);
        if (option != null) {
            box.getChildren().add(check);
        }
        a.getDialogPane().setContent(box);
        if (a.getDialogPane().getScene().getWindow() instanceof Stage s) {
            resizeWhenShown(s); // under openbox the alert kept a size too short for its wrapped text
        }
        Optional<ButtonType> answer = a.showAndWait();
        return answer.filter(b -> b == ok).isPresent() ? check.isSelected() : null;
    }

    /** Tells the user what failed in a sentence, with the details on demand; logs it once. */
    public static void error(Window owner, String what, Throwable e) {
        String sentence = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        LOG.warn("{} failed: {}", what, sentence, e);
        Alert a = new Alert(Alert.AlertType.ERROR);
        a.initOwner(owner);
        a.setTitle(what);
        a.setHeaderText(what + " failed");
        a.setContentText(sentence);
        a.getDialogPane().setId("error-dialog");
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        TextArea details = new TextArea(trace.toString());
        details.setEditable(false);
        details.setWrapText(false);
        details.setPrefRowCount(12);
        a.getDialogPane().setExpandableContent(details);
        a.show();
    }

    /** A short report (what went, what failed) after an action finished. */
    public static void info(Window owner, String title, String text) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(title);
        a.getDialogPane().setId("info-dialog");
        a.show();
    }

}
