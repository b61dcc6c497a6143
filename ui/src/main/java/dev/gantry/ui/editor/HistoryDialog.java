package dev.gantry.ui.editor;

import dev.gantry.adapter.api.deploy.DeployRecord;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.collections.ObservableList;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/** Lists a stack's recorded deploys, newest first; answers with the one to open in the editor. */
final class HistoryDialog extends Dialog<DeployRecord> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    HistoryDialog(String stack, ObservableList<DeployRecord> records) {
        setTitle("Deploy history of " + stack);
        setHeaderText("Deploys of stack " + stack + ". Open one to see (and redeploy) its compose file.");
        ListView<DeployRecord> list = new ListView<>(records);
        list.setId("history-list");
        list.setPlaceholder(new Label("No recorded deploys."));
        list.setPrefSize(560, 300);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(DeployRecord r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : describe(r));
            }
        });
        getDialogPane().setContent(list);
        ButtonType open = new ButtonType("Open in editor", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(ButtonType.CLOSE, open);
        getDialogPane().lookupButton(open).disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        setResultConverter(b -> b == open ? list.getSelectionModel().getSelectedItem() : null);
    }

    static String describe(DeployRecord r) {
        String outcome = r.result().succeeded() ? "deployed" : "failed: " + r.result().failure().orElseThrow().message();
        return TIME.format(r.time()) + "  ·  " + outcome + "  ·  " + r.diff().services().size() + " service(s)";
    }
}
