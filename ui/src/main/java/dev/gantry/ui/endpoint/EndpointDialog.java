package dev.gantry.ui.endpoint;

import dev.gantry.adapter.api.EndpointProfile;
import java.io.File;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.StringProperty;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Add or edit an endpoint: unix socket or pipe, or tcp:// with TLS files chosen by file pickers
 * and verified before saving, or a docker context imported. Bad input keeps the dialog open with
 * a sentence per problem; nothing is saved.
 */
public final class EndpointDialog extends Dialog<EndpointProfile> {

    public static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);

    /**
     * @param contexts the docker contexts that can be imported (may be empty)
     */
    public EndpointDialog(Window owner, EndpointFormViewModel vm, boolean editing,
                          Supplier<List<EndpointProfile>> contexts, Consumer<EndpointProfile> onSaved) {
        initOwner(owner);
        setTitle(editing ? "Edit endpoint" : "Add endpoint");
        setHeaderText(null);
        getDialogPane().setId("endpoint-dialog");
        getDialogPane().getButtonTypes().setAll(SAVE, ButtonType.CANCEL);

        TextField name = field("endpoint-name", vm.name, "e.g. production swarm");
        TextField host = field("endpoint-host", vm.host, "unix:///var/run/docker.sock or tcp://host:2376");
        CheckBox tls = new CheckBox("Use TLS (mutual)");
        tls.setId("endpoint-tls");
        tls.selectedProperty().bindBidirectional(vm.useTls);
        TextField ca = field("endpoint-ca", vm.caCert, "ca.pem");
        TextField cert = field("endpoint-cert", vm.clientCert, "cert.pem");
        TextField key = field("endpoint-key", vm.clientKey, "key.pem");
        CheckBox verify = new CheckBox("Verify the server's certificate");
        verify.selectedProperty().bindBidirectional(vm.verifyServer);
        CheckBox plain = new CheckBox("Allow an unencrypted connection to another machine");
        plain.setId("endpoint-allow-plain");
        plain.selectedProperty().bindBidirectional(vm.allowPlainRemote);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints c0 = new ColumnConstraints();
        c0.setMinWidth(110);
        ColumnConstraints c1 = new ColumnConstraints();
        c1.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(c0, c1);
        int r = 0;
        grid.addRow(r++, new Label("Name"), name);
        grid.addRow(r++, new Label("Host"), host);
        grid.add(plain, 1, r++);
        grid.add(tls, 1, r++);
        grid.addRow(r++, new Label("CA certificate"), withBrowse(ca, vm.caCert));
        grid.addRow(r++, new Label("Client certificate"), withBrowse(cert, vm.clientCert));
        grid.addRow(r++, new Label("Client key"), withBrowse(key, vm.clientKey));
        grid.add(verify, 1, r++);
        for (var n : List.of(ca, cert, key, verify)) {
            n.disableProperty().bind(tls.selectedProperty().not());
        }

        Label problems = new Label();
        problems.setId("endpoint-problems");
        problems.getStyleClass().add("form-problems");
        problems.setWrapText(true);
        problems.textProperty().bind(vm.problemsProperty());
        problems.visibleProperty().bind(vm.problemsProperty().isNotEmpty());
        problems.managedProperty().bind(problems.visibleProperty());

        Button importContext = new Button("Import docker context…", new FontIcon(Feather.DOWNLOAD));
        importContext.setId("import-context");
        importContext.setOnAction(e -> {
            List<EndpointProfile> found = contexts.get();
            if (found == null || found.isEmpty()) {
                vm.report("No docker contexts were found (the docker CLI keeps them in ~/.docker/contexts).");
                return;
            }
            ChoiceDialog<String> pick = new ChoiceDialog<>(found.get(0).name(), found.stream().map(EndpointProfile::name).toList());
            pick.initOwner(getDialogPane().getScene().getWindow());
            pick.setHeaderText("Choose a docker context");
            pick.showAndWait().flatMap(n -> found.stream().filter(p -> p.name().equals(n)).findFirst()).ifPresent(vm::load);
        });
        boolean canImport = contexts != null && contexts.get() != null;
        importContext.setVisible(canImport);
        importContext.setManaged(canImport);

        Label hint = new Label("Local engines listen on a unix socket (Linux, macOS) or a named pipe (Windows). "
                + "Remote engines need tcp:// with TLS files.");
        hint.getStyleClass().addAll("text-muted", "text-small");
        hint.setWrapText(true);
        VBox content = new VBox(12, hint, grid, problems, importContext);
        content.setPadding(new Insets(8, 4, 4, 4));
        content.setPrefWidth(560);
        getDialogPane().setContent(content);

        Button save = (Button) getDialogPane().lookupButton(SAVE);
        save.setId("endpoint-save");
        save.disableProperty().bind(vm.busyProperty());
        save.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.save(profile -> {
                onSaved.accept(profile);
                setResult(profile);
                close();
            });
        });
        setResultConverter(b -> null);
    }

    private static TextField field(String id, StringProperty value, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private HBox withBrowse(TextField field, StringProperty value) {
        Button browse = new Button(null, new FontIcon(Feather.FOLDER));
        browse.setTooltip(new javafx.scene.control.Tooltip("Choose the file"));
        browse.disableProperty().bind(field.disableProperty());
        browse.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Choose a PEM file");
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("PEM files", "*.pem", "*.crt", "*.key"),
                    new FileChooser.ExtensionFilter("All files", "*"));
            File current = value.get() == null || value.get().isBlank() ? null : new File(value.get());
            if (current != null && current.getParentFile() != null && current.getParentFile().isDirectory()) {
                chooser.setInitialDirectory(current.getParentFile());
            }
            File f = chooser.showOpenDialog(getDialogPane().getScene().getWindow());
            if (f != null) {
                value.set(f.getAbsolutePath());
            }
        });
        HBox.setHgrow(field, Priority.ALWAYS);
        return new HBox(6, field, browse);
    }
}
