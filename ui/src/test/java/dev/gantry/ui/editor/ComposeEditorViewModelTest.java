package dev.gantry.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.api.deploy.ChangeKind;
import dev.gantry.adapter.api.deploy.DeployFailure;
import dev.gantry.adapter.api.deploy.DeployProgress;
import dev.gantry.adapter.api.deploy.DeployRecord;
import dev.gantry.adapter.api.deploy.DeployResult;
import dev.gantry.adapter.api.deploy.FieldChange;
import dev.gantry.adapter.api.deploy.ServiceChange;
import dev.gantry.adapter.api.deploy.StackDeployments;
import dev.gantry.adapter.api.deploy.StackDiff;
import dev.gantry.adapter.compose.ComposeLoader;
import dev.gantry.adapter.compose.Severity;
import dev.gantry.adapter.compose.model.ComposeProject;
import dev.gantry.adapter.deploy.DeployHistory;
import dev.gantry.ui.concurrent.QueueExecutor;
import dev.gantry.ui.concurrent.BackgroundExecutor;
import dev.gantry.ui.concurrent.SameThreadExecutor;
import dev.gantry.ui.editor.ComposeEditorViewModel.DeployPhase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComposeEditorViewModelTest {
    static final String BROKEN = """
            version: "3.8"
            services:
              web:
                image: nginx
                replicas: 2
            """;
    static final String VALID = """
            version: "3.8"
            services:
              web:
                image: nginx
            """;

    @TempDir
    Path dir;
    final ManualScheduler scheduler = new ManualScheduler();

    private ComposeEditorViewModel viewModel(BackgroundExecutor executor, DeployHistory history) {
        return new ComposeEditorViewModel(executor, scheduler, new ComposeLoader(Map.of()),
                new DraftStore(dir.resolve("drafts")), history);
    }

    @Test
    void validationIsDebouncedAndGivesPositionedProblems() {
        AtomicInteger loads = new AtomicInteger();
        ComposeEditorViewModel vm = new ComposeEditorViewModel(new SameThreadExecutor(), scheduler,
                new ComposeLoader(Map.of()) , new DraftStore(dir.resolve("drafts")), null);
        vm.problems().addListener((javafx.collections.ListChangeListener<EditorProblem>) c -> loads.incrementAndGet());
        for (int i = 1; i <= BROKEN.length(); i++) {
            vm.setText(BROKEN.substring(0, i));
        }
        assertEquals(0, loads.get(), "nothing validated while typing");
        assertEquals(1, scheduler.pending(ComposeEditorViewModel.VALIDATION_DELAY), "one pending validation");

        scheduler.fire();

        assertEquals(1, loads.get(), "one validation after the pause");
        assertEquals(1, vm.problems().size(), vm.problems().toString());
        EditorProblem p = vm.problems().get(0);
        assertEquals(5, p.line());
        assertEquals(5, p.column());
        assertEquals(Severity.ERROR, p.severity());
        assertTrue(p.message().contains("replicas"), p.message());
        assertEquals("replicas".length(), p.length());
    }

    @Test
    void staleValidationResultsAreDropped() {
        QueueExecutor executor = new QueueExecutor();
        ComposeEditorViewModel vm = viewModel(executor, null);
        vm.setText(BROKEN);
        scheduler.fire();
        vm.setText(VALID);
        scheduler.fire();
        List<Runnable> validations = executor.queued;
        assertTrue(validations.size() >= 2);
        // the newer (valid) text's result arrives first, then the old broken one's
        executor.run(validations.size() - 1);
        executor.runAll();
        assertEquals(List.of(), vm.problems(), "the result for the old text must be dropped");
        assertFalse(vm.validatingProperty().get());
    }

    @Test
    void saveIsAtomicAndClearsTheDraft() throws Exception {
        ComposeEditorViewModel vm = viewModel(new SameThreadExecutor(), null);
        Path file = dir.resolve("stack.yml");
        Files.writeString(file, "old");
        vm.open(file);
        Object inodeBefore = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        vm.setText(VALID);
        assertTrue(vm.isDirty());
        scheduler.fire();
        Path draft = dir.resolve("drafts").resolve("compose-editor.draft");
        assertTrue(Files.exists(draft), "a draft is written after edits");

        assertTrue(vm.save());

        assertEquals(VALID, Files.readString(file));
        assertFalse(vm.isDirty());
        assertFalse(Files.exists(draft), "the draft goes once saved");
        Object inodeAfter = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        assertNotEquals(inodeBefore, inodeAfter, "a new file renamed over the old one, not rewritten in place");
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of("drafts", "stack.yml"), left.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temp file left beside it");
        }
        assertTrue(vm.statusProperty().get().startsWith("Saved "));
    }

    @Test
    void aFailedSaveKeepsTextAndDraft() throws Exception {
        ComposeEditorViewModel vm = viewModel(new SameThreadExecutor(), null);
        vm.setText(VALID);
        scheduler.fire();
        Path notADir = dir.resolve("plain-file");
        Files.writeString(notADir, "x");
        vm.saveAs(notADir.resolve("stack.yml"));
        assertEquals(VALID, vm.getText());
        assertTrue(vm.isDirty());
        assertNull(vm.fileProperty().get());
        assertTrue(Files.exists(dir.resolve("drafts").resolve("compose-editor.draft")));
        assertTrue(vm.statusProperty().get().startsWith("Could not save "), vm.statusProperty().get());
    }

    @Test
    void aDraftIsRestoredAfterAKill() throws Exception {
        Path file = dir.resolve("stack.yml");
        Files.writeString(file, VALID);
        ComposeEditorViewModel first = viewModel(new SameThreadExecutor(), null);
        first.open(file);
        first.setText(VALID + "  db:\n    image: postgres\n");
        scheduler.fire();
        // killed: no save, no dispose

        ComposeEditorViewModel second = viewModel(new SameThreadExecutor(), null);
        second.recoverDraft();

        assertEquals(VALID + "  db:\n    image: postgres\n", second.getText());
        assertEquals(file, second.fileProperty().get());
        assertTrue(second.isDirty());
        assertTrue(second.statusProperty().get().startsWith("Restored unsaved text"), second.statusProperty().get());
        assertEquals(VALID, Files.readString(file), "recovery does not write the file");
    }

    @Test
    void aDraftEqualToItsFileIsDroppedSilently() throws Exception {
        Path file = dir.resolve("stack.yml");
        Files.writeString(file, VALID);
        DraftStore store = new DraftStore(dir.resolve("drafts"));
        store.save(new Draft(file, VALID, java.time.Instant.now()));
        ComposeEditorViewModel vm = viewModel(new SameThreadExecutor(), null);
        vm.recoverDraft();
        assertEquals(VALID, vm.getText());
        assertFalse(vm.isDirty());
        assertTrue(store.load().isEmpty());
    }

    /** A stand-in for the swarm: the view-model's logic only (the real engine is in ComposeEditorDeployIT). */
    static class FakeDeployments implements StackDeployments {
        final List<String> calls = new ArrayList<>();
        final boolean fail;

        FakeDeployments(boolean fail) {
            this.fail = fail;
        }

        @Override
        public StackDiff diff(String stack, ComposeProject project, boolean prune) {
            calls.add("diff " + stack);
            return new StackDiff(stack, List.of(new ServiceChange(stack + "_web", ChangeKind.CHANGED,
                    List.of(new FieldChange("image", "\"nginx:1\"", "\"nginx\"")))), List.of());
        }

        @Override
        public DeployResult deploy(String stack, ComposeProject project, boolean prune, DeployProgress progress) {
            calls.add("deploy " + stack);
            progress.step("update service " + stack + "_web");
            if (fail) {
                return new DeployResult(stack, List.of(), Optional.of(new DeployFailure("update service " + stack
                        + "_web", EngineException.Kind.BAD_REQUEST, "no such image")), List.of("restored " + stack + "_web"),
                        List.of());
            }
            return new DeployResult(stack, List.of("update service " + stack + "_web"), Optional.empty(), List.of(),
                    List.of());
        }
    }

    @Test
    void aFailedDeployKeepsTheTextAndTheFile() throws Exception {
        Path file = dir.resolve("stack.yml");
        Files.writeString(file, "services: {}\n");
        ComposeEditorViewModel vm = viewModel(new SameThreadExecutor(), new DeployHistory(dir.resolve("history")));
        vm.open(file);
        vm.setText(VALID);
        FakeDeployments swarm = new FakeDeployments(true);
        vm.useDeployments(swarm);
        vm.stackNameProperty().set("shop");

        vm.prepareDeploy();
        assertEquals(DeployPhase.CONFIRM, vm.deployPhaseProperty().get());
        assertEquals("shop", vm.pendingDiffProperty().get().stack());
        vm.confirmDeploy();

        assertEquals(DeployPhase.DONE, vm.deployPhaseProperty().get());
        assertFalse(vm.lastResultProperty().get().succeeded());
        assertEquals(VALID, vm.getText(), "the text stays");
        assertTrue(vm.isDirty(), "still unsaved");
        assertEquals("services: {}\n", Files.readString(file), "the file is not saved over");
        assertEquals(file, vm.fileProperty().get());
        assertTrue(vm.statusProperty().get().contains("Deploy failed at \"update service shop_web\""),
                vm.statusProperty().get());
        assertEquals(List.of("update service shop_web"), vm.deployLog());
        List<DeployRecord> recorded = new DeployHistory(dir.resolve("history")).list("shop");
        assertEquals(1, recorded.size());
        assertEquals(VALID, recorded.get(0).files().values().iterator().next());
    }

    @Test
    void aDeployThatThrowsKeepsTheTextToo() throws Exception {
        ComposeEditorViewModel vm = viewModel(new SameThreadExecutor(), null);
        vm.setText(VALID);
        vm.useDeployments(new FakeDeployments(false) {
            @Override
            public DeployResult deploy(String stack, ComposeProject project, boolean prune, DeployProgress progress) {
                throw new EngineException(EngineException.Kind.NOT_LISTENING, "The engine stopped answering.", null);
            }
        });
        vm.stackNameProperty().set("shop");
        vm.prepareDeploy();
        vm.confirmDeploy();
        assertEquals(VALID, vm.getText());
        assertTrue(vm.isDirty());
        assertTrue(vm.statusProperty().get().contains("The engine stopped answering."), vm.statusProperty().get());
    }

    @Test
    void aBrokenFileIsNotDeployedAndItsProblemsShow() {
        ComposeEditorViewModel vm = viewModel(new SameThreadExecutor(), null);
        FakeDeployments swarm = new FakeDeployments(false);
        vm.useDeployments(swarm);
        vm.setText(BROKEN);
        vm.stackNameProperty().set("shop");
        vm.prepareDeploy();
        assertEquals(List.of(), swarm.calls);
        assertEquals(DeployPhase.IDLE, vm.deployPhaseProperty().get());
        assertEquals(1, vm.problems().size());
        assertTrue(vm.statusProperty().get().startsWith("Nothing was deployed: the file has 1 error"));
    }

    @Test
    void anInvalidStackNameIsRefusedWithASentence() {
        ComposeEditorViewModel vm = viewModel(new SameThreadExecutor(), null);
        FakeDeployments swarm = new FakeDeployments(false);
        vm.useDeployments(swarm);
        vm.setText(VALID);
        for (String bad : List.of("", "Shop", "my stack", "a.b", "-x")) {
            vm.stackNameProperty().set(bad);
            vm.prepareDeploy();
            assertFalse(vm.stackNameProblemProperty().get().isEmpty(), bad);
            assertEquals(vm.stackNameProblemProperty().get(), vm.statusProperty().get());
        }
        assertEquals(List.of(), swarm.calls);
        vm.stackNameProperty().set("shop_2-x");
        assertEquals("", vm.stackNameProblemProperty().get());
    }

    @Test
    void cancellingTheDiffAppliesNothing() {
        ComposeEditorViewModel vm = viewModel(new SameThreadExecutor(), null);
        FakeDeployments swarm = new FakeDeployments(false);
        vm.useDeployments(swarm);
        vm.setText(VALID);
        vm.stackNameProperty().set("shop");
        vm.prepareDeploy();
        vm.cancelDeploy();
        vm.confirmDeploy();
        assertEquals(List.of("diff shop"), swarm.calls);
        assertEquals(DeployPhase.IDLE, vm.deployPhaseProperty().get());
    }

    @Test
    void aDeployedFileOpensFromTheHistoryAsUnsavedText() {
        DeployHistory history = new DeployHistory(dir.resolve("history"));
        history.record("shop", Map.of("/srv/shop/stack.yml", VALID), new StackDiff("shop", List.of(), List.of()),
                new DeployResult("shop", List.of("create service shop_web"), Optional.empty(), List.of(), List.of()));
        ComposeEditorViewModel vm = viewModel(new SameThreadExecutor(), history);
        vm.stackNameProperty().set("shop");
        vm.loadHistory();
        assertEquals(1, vm.history().size());
        vm.openFromHistory(vm.history().get(0));
        assertEquals(VALID, vm.getText());
        assertNull(vm.fileProperty().get(), "a save never overwrites a file by surprise");
        assertTrue(vm.isDirty());
        assertTrue(vm.statusProperty().get().contains("stack.yml of stack shop"), vm.statusProperty().get());
    }

    @Test
    void completionOffersTheKeysOfTheCaretsLevel() {
        ComposeEditorViewModel vm = viewModel(new SameThreadExecutor(), null);
        vm.setText("ver\nservices:\n  web:\n    ima\n    deploy:\n      re\n");
        assertEquals(List.of("version"), vm.completionsAt(0, 3));
        assertEquals(List.of("image"), vm.completionsAt(3, 7));
        assertEquals(List.of("replicas", "resources", "restart_policy"), vm.completionsAt(5, 8));
    }

    @Test
    void composeUpRunsTheTextAndAFailureKeepsIt() throws Exception {
        Path file = dir.resolve("stack.yml");
        Files.writeString(file, "services: {}\n");
        ComposeEditorViewModel vm = viewModel(new SameThreadExecutor(), null);
        vm.open(file);
        vm.setText(VALID);
        List<String> ups = new ArrayList<>();
        vm.useComposeProjects(new dev.gantry.adapter.api.deploy.ComposeProjects() {
            @Override
            public dev.gantry.adapter.api.deploy.ComposeRunResult up(String project, ComposeProject model,
                                                                      DeployProgress progress) {
                ups.add(project + ":" + model.services().size());
                progress.step("create container " + project + "-web-1");
                if (ups.size() > 1) {
                    throw new EngineException(EngineException.Kind.CONFLICT, "The name is already in use.");
                }
                return new dev.gantry.adapter.api.deploy.ComposeRunResult(List.of(project + "-web-1"), List.of(),
                        List.of(), List.of());
            }

            @Override
            public dev.gantry.adapter.api.deploy.ComposeRunResult down(String project, boolean removeVolumes,
                                                                        DeployProgress progress) {
                throw new AssertionError("not used");
            }
        });
        assertTrue(vm.composeUpAvailableProperty().get());
        vm.stackNameProperty().set("shop");
        vm.composeUp();
        assertEquals("Project shop is up: 1 created, 0 recreated, 0 unchanged.", vm.statusProperty().get());
        assertEquals(List.of("create container shop-web-1"), vm.deployLog());
        vm.composeUp();
        assertTrue(vm.statusProperty().get().contains("The name is already in use."), vm.statusProperty().get());
        assertEquals(VALID, vm.getText());
        assertEquals("services: {}\n", Files.readString(file));
        assertEquals(List.of("shop:1", "shop:1"), ups);
    }
}
