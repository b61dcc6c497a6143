package dev.gantry.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.gantry.adapter.api.EndpointProfile;
import dev.gantry.adapter.docker.DockerEngineConnector;
import dev.gantry.adapter.endpoint.Endpoints;
import dev.gantry.ui.concurrent.FxBackgroundExecutor;
import dev.gantry.ui.status.EngineStatusView;
import dev.gantry.ui.status.EngineStatusViewModel;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** Wires the adapter to the UI and shows the main window. */
public final class GantryApplication extends Application {

    private FxBackgroundExecutor executor;
    private EngineStatusViewModel status;

    @Override
    public void start(Stage stage) {
        boolean dark = "dark".equalsIgnoreCase(System.getProperty("gantry.theme", ""));
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        executor = new FxBackgroundExecutor();
        status = new EngineStatusViewModel(new DockerEngineConnector(), executor);
        EndpointProfile profile = Endpoints.fromEnvironment(System.getenv()).orElse(Endpoints.platformDefault());
        stage.setTitle("Gantry");
        stage.setScene(new Scene(new EngineStatusView(status), 1100, 700));
        stage.show();
        status.connect(profile);
    }

    @Override
    public void stop() {
        if (status != null) {
            status.close();
        }
        if (executor != null) {
            executor.close();
        }
    }
}
