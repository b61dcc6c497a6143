package dev.gantry.ui.editor;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.gantry.adapter.api.EngineSession;
import dev.gantry.adapter.compose.ComposeLoader;
import dev.gantry.adapter.deploy.DeployHistory;
import dev.gantry.adapter.docker.DockerEngineConnector;
import dev.gantry.adapter.testing.TestEngine;
import dev.gantry.ui.concurrent.FxBackgroundExecutor;
import dev.gantry.ui.editor.ComposeEditorViewModel.DeployPhase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Opens the compose editor in a window, for a look or a screenshot (scripts/screenshot-editor.sh).
 * Arguments: {@code error|diff|plain WORKDIR [READY_FILE] [dark]}.
 * <ul>
 *   <li>{@code error}: a stack file with a positioned error, the caret on it;</li>
 *   <li>{@code diff}: deploys version 1 of a stack to the test engine (GANTRY_TEST_DOCKER_HOST; the
 *       stack is named in WORKDIR/stack-name), then edits it and asks to deploy: the diff dialog shows.</li>
 * </ul>
 * READY_FILE is created once the window shows what it should.
 */
public final class ComposeEditorDemo {
    static final String SHOP = """
            # Shop stack: a web front and a worker
            version: "3.8"

            x-restart: &restart
              condition: on-failure
              max_attempts: 3

            services:
              web:
                image: "gantry-test/busybox:${TAG:-1}"
                environment:
                  GREETING: 'hello from ${STACK_NAME}'
                ports:
                  - target: 80
                    published: 8080
                    mode: host
                deploy:
                  replicas: 2
                  restart_policy: *restart
              worker:
                image: gantry-test/busybox:1
                container_name: shop-worker   # ignored by swarm
                deploy:
                  replicas: two
                  restart_policy: *restart
            """;

    private ComposeEditorDemo() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The JavaFX application behind {@link #main}. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            var args = getParameters().getRaw();
            String mode = args.isEmpty() ? "error" : args.get(0);
            Path work = Path.of(args.size() > 1 ? args.get(1) : Files.createTempDirectory("gantry-editor").toString());
            Path ready = args.size() > 2 ? Path.of(args.get(2)) : null;
            boolean dark = args.contains("dark");
            Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                    : new PrimerLight().getUserAgentStylesheet());
            Files.createDirectories(work);
            FxBackgroundExecutor executor = new FxBackgroundExecutor();
            ComposeEditorViewModel vm = new ComposeEditorViewModel(executor, new TimerUiScheduler(executor),
                    new ComposeLoader(Map.of()), new DraftStore(work.resolve("drafts")),
                    new DeployHistory(work.resolve("history")));
            ComposeEditorView view = new ComposeEditorView(vm);
            stage.setTitle("Gantry — compose editor");
            stage.setScene(new Scene(view, 1280, 800));
            stage.setX(40);
            stage.setY(30);
            stage.show();
            switch (mode) {
                case "diff" -> diff(vm, work, ready);
                case "error" -> error(vm, view, work, ready);
                default -> vm.recoverDraft();
            }
        }

        private static void error(ComposeEditorViewModel vm, ComposeEditorView view, Path work, Path ready)
                throws Exception {
            Path file = work.resolve("docker-compose.yml");
            Files.writeString(file, SHOP);
            vm.stackNameProperty().set("shop");
            vm.problems().addListener((ListChangeListener<EditorProblem>) c -> {
                vm.problems().stream().filter(EditorProblem::isError).findFirst().ifPresent(p -> {
                    view.goTo(p);
                    markReady(ready);
                });
            });
            vm.open(file);
        }

        private static void diff(ComposeEditorViewModel vm, Path work, Path ready) throws Exception {
            String stack = Files.readString(work.resolve("stack-name")).trim();
            EngineSession session = new DockerEngineConnector().connect(TestEngine.profile());
            vm.useSession(session);
            String v1 = SHOP.replace("replicas: two", "replicas: 1").replace("    container_name: shop-worker   # ignored by swarm\n", "")
                    .replace("published: 8080", "published: 18080");
            String v2 = v1.replace("gantry-test/busybox:1\n", "gantry-test/busybox:2\n")
                    .replace("replicas: 2", "replicas: 3")
                    .replace("GREETING: 'hello from ${STACK_NAME}'", "GREETING: 'hi'\n      MODE: fast")
                    + "  cache:\n    image: gantry-test/busybox:1\n    networks: [back]\nnetworks:\n  back: {}\n";
            vm.setText(v1);
            vm.stackNameProperty().set(stack);
            vm.deployPhaseProperty().addListener((o, was, now) -> {
                if (now == DeployPhase.DONE && vm.lastResultProperty().get().succeeded()) {
                    Platform.runLater(() -> {
                        vm.setText(v2);
                        vm.prepareDeploy();
                    });
                }
            });
            vm.pendingDiffProperty().addListener((o, was, d) -> {
                if (d != null && d.services().stream().anyMatch(s -> !s.changes().isEmpty())) {
                    // the dialog opens on the next pulse; say ready once it is there
                    Platform.runLater(() -> Platform.runLater(() -> waitForDialog(ready, 20)));
                } else if (d != null) {
                    Platform.runLater(vm::confirmDeploy);
                }
            });
            vm.prepareDeploy();
        }

        private static void waitForDialog(Path ready, int tries) {
            if (Window.getWindows().size() > 1 || tries == 0) {
                markReady(ready);
            } else {
                Platform.runLater(() -> waitForDialog(ready, tries - 1));
            }
        }

        private static void markReady(Path ready) {
            if (ready == null) {
                return;
            }
            try {
                Files.writeString(ready, "ready");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
