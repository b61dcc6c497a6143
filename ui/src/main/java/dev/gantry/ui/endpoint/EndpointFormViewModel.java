package dev.gantry.ui.endpoint;

import dev.gantry.adapter.api.EndpointProfile;
import dev.gantry.adapter.api.EngineConnector;
import dev.gantry.adapter.api.EngineSession;
import dev.gantry.adapter.api.TlsMaterial;
import dev.gantry.ui.concurrent.BackgroundExecutor;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The add/edit endpoint dialog's state. Saving validates first; TLS endpoints are also verified
 * by connecting once. Nothing is handed on (so nothing is saved) unless both pass.
 */
public final class EndpointFormViewModel {

    private final EngineConnector connector;
    private final BackgroundExecutor executor;
    private final Collection<String> takenNames;

    // Properties (editable inputs)
    public final StringProperty name = new SimpleStringProperty("");
    public final StringProperty host = new SimpleStringProperty("unix:///var/run/docker.sock");
    public final BooleanProperty useTls = new SimpleBooleanProperty(false);
    public final StringProperty caCert = new SimpleStringProperty("");
    public final StringProperty clientCert = new SimpleStringProperty("");
    public final StringProperty clientKey = new SimpleStringProperty("");
    public final BooleanProperty verifyServer = new SimpleBooleanProperty(true);
    public final BooleanProperty allowPlainRemote = new SimpleBooleanProperty(false);

    // Properties (outputs)
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public EndpointFormViewModel(EngineConnector connector, BackgroundExecutor executor,
                                 Collection<String> takenNames, EndpointProfile editing) {
        this.connector = connector;
        this.executor = executor;
        this.takenNames = List.copyOf(takenNames);
        if (editing != null) {
            load(editing);
        }
    }

    /** Fills the form from a profile (editing, or one imported from a docker context). */
    public void load(EndpointProfile p) {
        name.set(p.name());
        host.set(p.host().toString());
        allowPlainRemote.set(p.allowPlainRemote());
        TlsMaterial t = p.tls();
        useTls.set(t != null);
        if (t != null) {
            caCert.set(t.caCert() == null ? "" : t.caCert().toString());
            clientCert.set(t.clientCert() == null ? "" : t.clientCert().toString());
            clientKey.set(t.clientKey() == null ? "" : t.clientKey().toString());
            verifyServer.set(t.verifyServer());
        }
    }

    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public EndpointForm form() {
        return new EndpointForm(name.get(), host.get(), useTls.get(), caCert.get(), clientCert.get(),
                clientKey.get(), verifyServer.get(), allowPlainRemote.get());
    }

    // Commands

    /** Shows a sentence in the dialog's problem area. */
    public void report(String sentence) {
        problems.set(sentence);
    }

    /** Validates, verifies TLS endpoints by connecting, then hands the profile to {@code onSaved}. */
    public void save(Consumer<EndpointProfile> onSaved) {
        EndpointValidator.Result r = EndpointValidator.validate(form(), takenNames);
        if (!r.ok()) {
            problems.set(String.join("\n", r.problems()));
            return;
        }
        EndpointProfile profile = r.profile();
        if (!profile.usesTls()) {
            problems.set("");
            onSaved.accept(profile);
            return;
        }
        busy.set(true);
        problems.set("");
        executor.submit(() -> {
            try (EngineSession s = connector.connect(profile)) {
                return s.info().serverVersion();
            }
        }, version -> {
            busy.set(false);
            onSaved.accept(profile);
        }, e -> {
            busy.set(false);
            problems.set("TLS check failed: " + EndpointViewModel.sentence(e));
        });
    }
}
