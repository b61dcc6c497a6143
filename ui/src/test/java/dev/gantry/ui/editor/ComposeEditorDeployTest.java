package dev.gantry.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.EngineSession;
import dev.gantry.adapter.api.deploy.ChangeKind;
import dev.gantry.adapter.api.deploy.FieldChange;
import dev.gantry.adapter.api.deploy.ServiceChange;
import dev.gantry.adapter.api.deploy.StackDiff;
import dev.gantry.adapter.compose.ComposeLoader;
import dev.gantry.adapter.deploy.DeployHistory;
import dev.gantry.adapter.docker.DockerEngineConnector;
import dev.gantry.adapter.testing.TestEngine;
import dev.gantry.ui.concurrent.SameThreadExecutor;
import dev.gantry.ui.editor.ComposeEditorViewModel.DeployPhase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deploy through the editor's view-model to the real test engine's swarm. */
class ComposeEditorDeployTest {
    @TempDir
    Path dir;
    private String stack;
    private EngineSession session;

    @BeforeEach
    void connect() {
        stack = "gt-editor-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 24), 36);
        session = new DockerEngineConnector().connect(TestEngine.profile());
    }

    @AfterEach
    void remove() {
        if (session != null) {
            session.close();
        }
        String project = "label=com.docker.compose.project=" + stack;
        ids("ps", "-aq", "--filter", project).forEach(id -> TestEngine.dockerResult("rm", "-f", id));
        ids("network", "ls", "-q", "--filter", project).forEach(id -> TestEngine.dockerResult("network", "rm", id));
        String filter = "label=com.docker.stack.namespace=" + stack;
        ids("service", "ls", "-q", "--filter", filter).forEach(id -> TestEngine.dockerResult("service", "rm", id));
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        List<String> left = ids("network", "ls", "-q", "--filter", filter);
        while (!left.isEmpty() && System.nanoTime() < deadline) {
            left.forEach(id -> TestEngine.dockerResult("network", "rm", id));
            left = ids("network", "ls", "-q", "--filter", filter);
        }
    }

    private static List<String> ids(String... args) {
        TestEngine.CommandResult r = TestEngine.dockerResult(args);
        return r.stdout().isBlank() ? List.of() : List.of(r.stdout().trim().split("\\s+"));
    }

    private static String stackFile(String tag, String networkDriver) {
        return """
                version: "3.8"
                services:
                  web:
                    image: gantry-test/busybox:%s
                    networks: [back]
                networks:
                  back:
                    driver: %s
                """.formatted(tag, networkDriver);
    }

    private String image() {
        return TestEngine.docker("service", "inspect", stack + "_web", "--format",
                "{{.Spec.TaskTemplate.ContainerSpec.Image}}").trim();
    }

    @Test
    void deploysShowsTheDiffKeepsTheTextOnFailureAndReopensFromHistory() throws Exception {
        Path file = dir.resolve("stack.yml");
        Files.writeString(file, stackFile("1", "overlay"));
        ManualScheduler scheduler = new ManualScheduler();
        DeployHistory history = new DeployHistory(dir.resolve("history"));
        ComposeEditorViewModel vm = new ComposeEditorViewModel(new SameThreadExecutor(), scheduler,
                new ComposeLoader(Map.of()), new DraftStore(dir.resolve("drafts")), history);
        vm.useSession(session);
        vm.open(file);
        vm.stackNameProperty().set(stack);

        vm.prepareDeploy();
        assertEquals(DeployPhase.CONFIRM, vm.deployPhaseProperty().get(), vm.statusProperty().get());
        StackDiff first = vm.pendingDiffProperty().get();
        assertEquals(ChangeKind.ADDED, first.services().get(0).kind(), first.lines().toString());
        vm.confirmDeploy();
        assertTrue(vm.lastResultProperty().get().succeeded(), vm.statusProperty().get());
        assertEquals("gantry-test/busybox:1", image());
        assertTrue(vm.deployLog().contains("create service " + stack + "_web"), vm.deployLog().toString());

        vm.setText(stackFile("2", "overlay"));
        vm.prepareDeploy();
        ServiceChange web = vm.pendingDiffProperty().get().services().stream()
                .filter(s -> s.name().equals(stack + "_web")).findFirst().orElseThrow();
        assertEquals(ChangeKind.CHANGED, web.kind());
        assertTrue(web.changes().contains(new FieldChange("image", "\"gantry-test/busybox:1\"",
                "\"gantry-test/busybox:2\"")), web.changes().toString());
        vm.confirmDeploy();
        assertTrue(vm.lastResultProperty().get().succeeded(), vm.statusProperty().get());
        assertEquals("gantry-test/busybox:2", image());

        // the engine refuses a network driver it does not have: the deploy fails, the editor keeps everything
        String refused = stackFile("1", "gt-no-such-driver").replace("back:", "other:").replace("[back]", "[other]");
        vm.setText(refused);
        vm.prepareDeploy();
        assertEquals(DeployPhase.CONFIRM, vm.deployPhaseProperty().get(), vm.statusProperty().get());
        vm.confirmDeploy();
        assertFalse(vm.lastResultProperty().get().succeeded());
        assertTrue(vm.statusProperty().get().startsWith("Deploy failed at \"create network " + stack + "_other\""),
                vm.statusProperty().get());
        assertEquals(refused, vm.getText());
        assertTrue(vm.isDirty());
        assertEquals(stackFile("1", "overlay"), Files.readString(file), "never saved over the file");
        assertEquals("gantry-test/busybox:2", image(), "the running stack is untouched");

        vm.loadHistory();
        assertEquals(3, vm.history().size());
        assertFalse(vm.history().get(0).result().succeeded(), "newest first");
        vm.openFromHistory(vm.history().get(2));
        assertEquals(stackFile("1", "overlay"), vm.getText());
        assertNotNull(vm.statusProperty().get());
    }

    @Test
    void composeUpStartsTheProjectAndKeepsTheText() throws Exception {
        String text = """
                services:
                  web:
                    image: gantry-test/busybox:1
                """;
        ComposeEditorViewModel vm = new ComposeEditorViewModel(new SameThreadExecutor(), new ManualScheduler(),
                new ComposeLoader(Map.of()), new DraftStore(dir.resolve("drafts")), null);
        vm.useSession(session);
        assertTrue(vm.composeUpAvailableProperty().get());
        vm.setText(text);
        vm.stackNameProperty().set(stack);
        vm.composeUp();
        assertTrue(vm.statusProperty().get().startsWith("Project " + stack + " is up: 2 created"),
                vm.statusProperty().get() + " " + vm.deployLog());
        assertEquals("running", TestEngine.docker("inspect", "--format", "{{.State.Status}}", stack + "-web-1").trim());
        assertEquals("web", TestEngine.docker("inspect", "--format",
                "{{index .Config.Labels \"com.docker.compose.service\"}}", stack + "-web-1").trim());

        String idBefore = TestEngine.docker("inspect", "--format", "{{.Id}}", stack + "-web-1").trim();
        vm.composeUp();
        assertTrue(vm.statusProperty().get().contains("is up: 0 created, 0 recreated"), vm.statusProperty().get());
        assertEquals(idBefore, TestEngine.docker("inspect", "--format", "{{.Id}}", stack + "-web-1").trim(),
                "the unchanged container is kept");
        assertEquals(text, vm.getText());
    }
}
