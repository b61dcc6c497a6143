package dev.gantry.ui.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.Health;
import dev.gantry.adapter.api.TaskInfo;
import dev.gantry.adapter.api.ops.AuditEntry;
import dev.gantry.adapter.api.ops.ExecPreset;
import dev.gantry.adapter.api.ops.ExecRestartOperations;
import dev.gantry.adapter.api.ops.ExecRestartRequest;
import dev.gantry.adapter.api.ops.ExecRestartReport;
import dev.gantry.adapter.api.ops.ExecResult;
import dev.gantry.adapter.api.ops.KeptItem;
import dev.gantry.adapter.api.ops.PruneItem;
import dev.gantry.adapter.api.ops.PruneKind;
import dev.gantry.adapter.api.ops.PruneOperations;
import dev.gantry.adapter.api.ops.PrunePreview;
import dev.gantry.adapter.api.ops.PruneReport;
import dev.gantry.adapter.api.ops.ServiceProgress;
import dev.gantry.adapter.api.ops.ServiceProgress.Phase;
import dev.gantry.adapter.ops.ExecAuditLog;
import dev.gantry.adapter.ops.ExecChoiceStore;
import dev.gantry.ui.concurrent.SameThreadExecutor;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The operation views render their view-models (fed with scripted data, not an engine) and react to
 * them; each test also writes a PNG to target/screenshots for the screenshots.
 */
class OperationViewsTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }

    private static void snapshot(Parent root, String name) throws Exception {
        onFx(() -> {
            Scene scene = new Scene(root, 760, 640);
            root.applyCss();
            root.layout();
            WritableImage img = scene.snapshot(null);
            PixelReader px = img.getPixelReader();
            BufferedImage out = new BufferedImage((int) img.getWidth(), (int) img.getHeight(), BufferedImage.TYPE_INT_ARGB);
            for (int y = 0; y < out.getHeight(); y++) {
                for (int x = 0; x < out.getWidth(); x++) {
                    out.setRGB(x, y, px.getArgb(x, y));
                }
            }
            Path file = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(file.getParent());
            ImageIO.write(out, "png", file.toFile());
            return file;
        });
    }

    @Test
    void updateProgressShowsCountsTasksAndOffersRollbackAfterAPause() throws Exception {
        FakeServices services = new FakeServices();
        TaskInfo newTask = new TaskInfo("t1", "svc1", "web", 1, "n1", null, "img:2", "running", "running", "started", null, null,
                "c1", Instant.EPOCH, Instant.EPOCH, Health.NONE);
        TaskInfo oldTask = new TaskInfo("t2", "svc1", "web", 2, "n1", null, "img:1", "running", "running", "started", null, null,
                "c2", Instant.EPOCH, Instant.EPOCH, Health.NONE);
        TaskInfo failed = new TaskInfo("t3", "svc1", "web", 3, "n1", null, "img:2", "rejected", "shutdown", "rejected",
                "No such image: img:2", null, null, Instant.EPOCH, Instant.EPOCH, Health.NONE);
        services.script = List.of(new ServiceProgress("svc1", "web", 3, 2, 1, 1, "img:2", "paused",
                "update paused due to failure or early termination of task t3", List.of(newTask, oldTask, failed),
                List.of("task t3 rejected: No such image: img:2"), 1, Phase.UPDATE_PAUSED,
                "Update of web paused: update paused due to failure or early termination of task t3."));
        RollingUpdateViewModel vm = new RollingUpdateViewModel(services, new SameThreadExecutor(), FakeServices.service("replicated", 3));
        RollingUpdateView view = onFx(() -> new RollingUpdateView(vm));
        onFx(() -> {
            vm.imageProperty().set("img:2");
            ((Button) view.lookup("#start-update")).fire();
            return null;
        });
        assertEquals("1 updated · 1 old · 2 of 3 running · paused", ((Label) view.lookup("#update-counts")).getText());
        assertEquals(3, ((TableView<?>) view.lookup("#update-tasks")).getItems().size());
        assertFalse(view.lookup("#rollback").isDisabled());
        assertFalse(view.lookup("#resume").isDisabled());
        snapshot(view, "update-progress");
    }

    @Test
    void scaleViewValidatesAndFollowsProgress() throws Exception {
        FakeServices services = new FakeServices();
        services.script = List.of(FakeServices.progress(Phase.CONVERGED, 4, 4, "web: 4 of 4 running."));
        ScaleViewModel vm = new ScaleViewModel(services, new SameThreadExecutor(), FakeServices.service("replicated", 2));
        ScaleView view = onFx(() -> new ScaleView(vm));
        onFx(() -> {
            ((javafx.scene.control.TextField) view.lookup("#replicas")).setText("abc");
            return null;
        });
        assertTrue(view.lookup("#scale").isDisabled());
        assertTrue(((Label) view.lookup("#validation")).getText().contains("\"abc\" is not a number"));
        onFx(() -> {
            ((javafx.scene.control.TextField) view.lookup("#replicas")).setText("4");
            ((Button) view.lookup("#scale")).fire();
            return null;
        });
        assertEquals("web: 4 of 4 running.", ((Label) view.lookup("#progress")).getText());
        assertEquals(List.of("scale svc1 4", "watch svc1 CONVERGED"), services.calls);
        snapshot(view, "scale");
    }

    @Test
    void prunePreviewListsItemsAndWhatStays() throws Exception {
        PruneOperations prune = new PruneOperations() {
            @Override
            public PrunePreview preview(Set<PruneKind> kinds) {
                return new PrunePreview(kinds, Instant.now(), List.of(
                        new PruneItem(PruneKind.STOPPED_CONTAINERS, "a1", "old-migration", 12_288, Instant.parse("2026-11-20T09:12:00Z")),
                        new PruneItem(PruneKind.DANGLING_IMAGES, "sha256:b2", "<none> 4f1e2a9c0d11", 5_242_880, Instant.parse("2026-11-19T16:40:00Z")),
                        new PruneItem(PruneKind.UNUSED_NETWORKS, "n3", "demo_old", -1, Instant.parse("2026-11-18T08:00:00Z"))),
                        List.of(new KeptItem(PruneKind.UNUSED_NETWORKS, "n4", "demo_default", "used by container demo_web.1.x8k2")));
            }

            @Override
            public PruneReport remove(PrunePreview preview) {
                return new PruneReport(preview.items(), List.of(), List.of(), 5_255_168);
            }
        };
        PruneViewModel vm = new PruneViewModel(prune, new SameThreadExecutor());
        PruneView view = onFx(() -> new PruneView(vm));
        onFx(() -> {
            ((Button) view.lookup("#preview")).fire();
            return null;
        });
        assertEquals(3, ((TableView<?>) view.lookup("#prune-items")).getItems().size());
        assertEquals(1, ((TableView<?>) view.lookup("#prune-kept")).getItems().size());
        assertTrue(((Label) view.lookup("#prune-summary")).getText().startsWith("3 item(s) will be removed, 5.3 MB"));
        assertFalse(view.lookup("#confirm-prune").isDisabled());
        snapshot(view, "prune-preview");
    }

    @Test
    void execRestartResultShowsOutputAndTheFallbacks() throws Exception {
        ExecResult ok = new ExecResult("c1", "web.1.k2j4", "nginx -s reload", ExecResult.Outcome.SUCCEEDED, 0, "",
                "signal process started\n", Duration.ofMillis(84), "\"nginx -s reload\" succeeded in web.1.k2j4, and it is running again.",
                List.of());
        ExecResult missing = new ExecResult("c2", "web.2.p9q1", "nginx -s reload", ExecResult.Outcome.COMMAND_NOT_FOUND, 126,
                "OCI runtime exec failed: exec failed: exec: \"nginx\": executable file not found in $PATH: unknown", "",
                Duration.ofMillis(31), "The command \"nginx\" does not exist in web.2.p9q1; restart the container or force-update the service instead.",
                List.of(ExecResult.Fallback.RESTART_CONTAINER, ExecResult.Fallback.FORCE_UPDATE_SERVICE));
        ExecRestartViewModel vm = new ExecRestartViewModel(new ExecRestartOperations() {
            @Override
            public ExecRestartReport run(ExecRestartRequest request, Consumer<AuditEntry> audit, Consumer<ExecResult> onResult) {
                onResult.accept(ok);
                onResult.accept(missing);
                audit.accept(new AuditEntry(Instant.now(), "local", "service web", request.commandLine(), "COMMAND_NOT_FOUND", 126, 31, "m"));
                return new ExecRestartReport(request, List.of(ok, missing), List.of("web.3.z7x8"));
            }

            @Override
            public ExecRestartReport restartInstead(ExecRestartReport failed, Consumer<AuditEntry> audit,
                                                    Consumer<ExecResult> onResult) {
                throw new UnsupportedOperationException("not in this view test");
            }
        }, new FakeServices(), new SameThreadExecutor(), new ExecAuditLog(dir.resolve("audit.jsonl")),
                new ExecChoiceStore(dir.resolve("choices.json")), new ExecRestartViewModel.Target("web", true, "web", "nginx:1.25"));
        ExecRestartView view = onFx(() -> new ExecRestartView(vm));
        onFx(() -> {
            vm.presetProperty().set(ExecPreset.NGINX_RELOAD);
            ((Button) view.lookup("#run")).fire();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, ((TableView<?>) view.lookup("#exec-results")).getItems().size());
        assertTrue(view.lookup("#fallback-restart").isVisible());
        assertTrue(view.lookup("#fallback-force").isVisible());
        assertTrue(((Label) view.lookup("#exec-status")).getText().contains("Not attempted: web.3.z7x8"));
        assertEquals("Restart these 2 containers instead, one at a time", ((Button) view.lookup("#fallback-restart")).getText());
        onFx(() -> {
            ((javafx.scene.control.TitledPane) view.lookup("#audit-pane")).setExpanded(true);
            return null;
        });
        assertEquals(1, vm.auditEntries().size(), "opening the audit pane reads the log back");
        snapshot(view, "exec-restart-result");
        Platform.runLater(() -> { });
    }
}
