package dev.gantry.ui.status;

import dev.gantry.adapter.api.EndpointProfile;
import dev.gantry.adapter.api.EngineConnector;
import dev.gantry.adapter.api.EngineInfo;
import dev.gantry.adapter.api.EngineSession;
import dev.gantry.ui.concurrent.BackgroundExecutor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Connects to one endpoint and says how that went. */
public final class EngineStatusViewModel {

    public enum State { CONNECTING, CONNECTED, REFUSED }

    private final EngineConnector connector;
    private final BackgroundExecutor executor;

    // Properties
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.CONNECTING);
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");
    private volatile EngineSession session;

    public EngineStatusViewModel(EngineConnector connector, BackgroundExecutor executor) {
        this.connector = connector;
        this.executor = executor;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    // Commands
    public void connect(EndpointProfile profile) {
        state.set(State.CONNECTING);
        headline.set("Connecting to " + profile.host() + " …");
        detail.set("");
        executor.submit(() -> connector.connect(profile), s -> {
            session = s;
            EngineInfo info = s.info();
            state.set(State.CONNECTED);
            headline.set("Docker Engine " + info.serverVersion() + " at " + profile.host());
            detail.set("API " + info.negotiatedApiVersion() + " · " + info.os() + "/" + info.arch()
                    + " · " + info.hostname() + " · swarm " + info.role()
                    + " · " + info.containersRunning() + " of " + info.containers() + " containers running");
        }, e -> {
            state.set(State.REFUSED);
            headline.set("Cannot reach the engine at " + profile.host());
            detail.set(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        });
    }

    public void close() {
        EngineSession s = session;
        if (s != null) {
            s.close();
        }
    }
}
