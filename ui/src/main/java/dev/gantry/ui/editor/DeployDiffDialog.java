package dev.gantry.ui.editor;

import dev.gantry.adapter.api.deploy.ChangeKind;
import dev.gantry.adapter.api.deploy.FieldChange;
import dev.gantry.adapter.api.deploy.ResourceChange;
import dev.gantry.adapter.api.deploy.ServiceChange;
import dev.gantry.adapter.api.deploy.StackDiff;
import java.util.List;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * Shows what a deploy would change before anything is applied: added, removed and changed
 * services (each changed field as old → new), and networks, secrets and configs. Answers with the
 * OK_DONE button ("Deploy") or cancel.
 */
final class DeployDiffDialog extends Dialog<ButtonType> {
    static final ButtonType DEPLOY = new ButtonType("Deploy", ButtonBar.ButtonData.OK_DONE);

    DeployDiffDialog(StackDiff diff) {
        setTitle("Deploy stack " + diff.stack());
        setHeaderText(diff.isEmpty() ? "Stack " + diff.stack() + ": nothing changes." : headline(diff));
        getDialogPane().getStyleClass().add("deploy-diff");
        var css = DeployDiffDialog.class.getResource(ComposeEditorView.STYLESHEET);
        if (css != null) {
            getDialogPane().getStylesheets().add(css.toExternalForm());
        }
        VBox body = new VBox(4);
        body.setStyle("-fx-padding: 8;");
        for (ServiceChange s : diff.services()) {
            body.getChildren().add(line(serviceLine(s), s.kind()));
            for (FieldChange f : s.changes()) {
                ChangeKind k = f.before() == null ? ChangeKind.ADDED : f.after() == null ? ChangeKind.REMOVED
                        : ChangeKind.CHANGED;
                for (String text : fieldLines(f)) {
                    Label field = line(text, k);
                    field.getStyleClass().add("field");
                    field.setWrapText(true);
                    field.setPadding(new javafx.geometry.Insets(0, 0, 0, text.startsWith(" ") ? 48 : 24));
                    body.getChildren().add(field);
                }
            }
        }
        for (ResourceChange r : diff.resources()) {
            if (r.kind() != ChangeKind.UNCHANGED) {
                body.getChildren().add(line(symbol(r.kind()) + " " + r.type() + " " + r.name() + " ("
                        + word(r.kind()) + ")", r.kind()));
            }
        }
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(900, 460);
        getDialogPane().setPrefWidth(940);
        getDialogPane().setMinWidth(940);
        scroll.setId("diff-body");
        getDialogPane().setContent(scroll);
        getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, DEPLOY);
        setResizable(true);
    }

    private static String headline(StackDiff d) {
        return count(d.services(ChangeKind.ADDED), "service", "added") + ", "
                + count(d.services(ChangeKind.CHANGED), "service", "changed") + ", "
                + count(d.services(ChangeKind.REMOVED), "service", "removed") + "; "
                + d.resources().stream().filter(r -> r.type().equals("network") && r.kind() == ChangeKind.ADDED).count()
                + " network(s) added. Nothing is applied until you press Deploy.";
    }

    private static String count(List<?> l, String what, String how) {
        return l.size() + " " + what + (l.size() == 1 ? "" : "s") + " " + how;
    }

    private static String serviceLine(ServiceChange s) {
        return symbol(s.kind()) + " service " + s.name() + " (" + word(s.kind())
                + (s.kind() == ChangeKind.CHANGED ? ", " + s.changes().size() + " field(s)" : "") + ")";
    }

    /**
     * {@code image:  "a:1"  →  "a:2"} on one line; long values on their own lines, old then new.
     */
    static List<String> fieldLines(FieldChange f) {
        String before = f.before() == null ? "(none)" : f.before();
        String after = f.after() == null ? "(removed)" : f.after();
        if (f.field().length() + before.length() + after.length() <= 90) {
            return List.of(f.field() + ":  " + before + "  →  " + after);
        }
        return List.of(f.field() + ":", "  old: " + before, "  new: " + after);
    }

    private static Label line(String text, ChangeKind kind) {
        Label l = new Label(text);
        l.getStyleClass().add(kind.name().toLowerCase());
        return l;
    }

    private static String symbol(ChangeKind k) {
        return switch (k) {
            case ADDED -> "+";
            case REMOVED -> "−";
            case CHANGED -> "~";
            case UNCHANGED -> "=";
        };
    }

    private static String word(ChangeKind k) {
        return switch (k) {
            case ADDED -> "new";
            case REMOVED -> "removed";
            case CHANGED -> "changed";
            case UNCHANGED -> "unchanged";
        };
    }
}
