package dev.gantry.ui.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.ops.AuditEntry;
import dev.gantry.adapter.api.ops.ExecPreset;
import dev.gantry.adapter.api.ops.ExecRestartOperations;
import dev.gantry.adapter.api.ops.ExecRestartReport;
import dev.gantry.adapter.api.ops.ExecRestartRequest;
import dev.gantry.adapter.api.ops.ExecResult;
import dev.gantry.adapter.ops.ExecAuditLog;
import dev.gantry.adapter.ops.ExecChoiceStore;
import dev.gantry.ui.concurrent.SameThreadExecutor;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExecRestartViewModelTest {

    @TempDir
    Path dir;
    private final List<String> calls = new ArrayList<>();
    private ExecResult.Outcome outcome = ExecResult.Outcome.SUCCEEDED;

    private final ExecRestartOperations exec = new ExecRestartOperations() {
        @Override
        public ExecRestartReport run(ExecRestartRequest request, Consumer<AuditEntry> audit, Consumer<ExecResult> onResult) {
            calls.add("exec " + request.commandLine());
            ExecResult r = new ExecResult("c1", "web.1", request.commandLine(), outcome, outcome == ExecResult.Outcome.SUCCEEDED ? 0 : 127,
                    "out", "err", Duration.ofMillis(5), "message", outcome == ExecResult.Outcome.SUCCEEDED ? List.of()
                    : List.of(ExecResult.Fallback.RESTART_CONTAINER, ExecResult.Fallback.FORCE_UPDATE_SERVICE));
            audit.accept(new AuditEntry(Instant.EPOCH, "local", "service web", request.commandLine(), outcome.name(), r.exitCode(), 5, "m"));
            onResult.accept(r);
            return new ExecRestartReport(request, List.of(r), outcome == ExecResult.Outcome.SUCCEEDED ? List.of() : List.of("web.2"));
        }

        @Override
        public ExecRestartReport restartInstead(ExecRestartReport failed, Consumer<AuditEntry> audit,
                                                Consumer<ExecResult> onResult) {
            calls.add("restart " + failed.results().get(failed.results().size() - 1).containerName() + " then "
                    + failed.notAttempted());
            List<ExecResult> done = new ArrayList<>();
            for (String name : List.of("web.1", "web.2")) {
                boolean ok = !name.equals(restartFailsIn);
                ExecResult r = new ExecResult("id-" + name, name, "restart", ok ? ExecResult.Outcome.SUCCEEDED
                        : ExecResult.Outcome.NOT_READY, null, "", "", Duration.ofMillis(900), ok ? name + " was restarted."
                        : name + " was restarted, but after 60 s it is unhealthy.", ok ? List.of()
                        : List.of(ExecResult.Fallback.FORCE_UPDATE_SERVICE));
                done.add(r);
                onResult.accept(r);
                if (!ok) {
                    break;
                }
            }
            return new ExecRestartReport(failed.request(), done, List.of());
        }
    };
    private String restartFailsIn;

    private ExecRestartViewModel vm(ExecChoiceStore store, ExecAuditLog audit) {
        FakeServices services = new FakeServices();
        return new ExecRestartViewModel(exec, services, new SameThreadExecutor(), audit, store,
                new ExecRestartViewModel.Target("web", true, "web", "img:1"));
    }

    @Test
    void runsThePresetRemembersTheChoiceAndAudits() {
        ExecChoiceStore store = new ExecChoiceStore(dir.resolve("choices.json"));
        ExecAuditLog audit = new ExecAuditLog(dir.resolve("audit.jsonl"));
        ExecRestartViewModel vm = vm(store, audit);
        vm.presetProperty().set(ExecPreset.CUSTOM);
        vm.customCommandProperty().set("kill -USR2 1");
        vm.run();
        assertEquals(List.of("exec sh -c kill -USR2 1"), calls);
        assertEquals(1, vm.results().size());
        assertTrue(vm.statusProperty().get().contains("succeeded in 1 container"));
        assertNull(vm.fallbackForProperty().get());

        ExecRestartViewModel again = vm(store, audit);
        again.loadRememberedChoice();
        assertEquals(ExecPreset.CUSTOM, again.presetProperty().get());
        assertEquals("kill -USR2 1", again.customCommandProperty().get());
        again.loadAudit();
        assertEquals(1, again.auditEntries().size());
    }

    @Test
    void aFailureOffersTheFallbacks() {
        outcome = ExecResult.Outcome.COMMAND_NOT_FOUND;
        ExecRestartViewModel vm = vm(new ExecChoiceStore(dir.resolve("c.json")), ExecAuditLog.none());
        vm.presetProperty().set(ExecPreset.NGINX_RELOAD);
        vm.run();
        ExecResult failed = vm.fallbackForProperty().get();
        assertEquals(ExecResult.Outcome.COMMAND_NOT_FOUND, failed.outcome());
        assertTrue(vm.statusProperty().get().contains("Not attempted: web.2"));
        assertEquals(2, vm.restartCountProperty().get(), "the failed replica and the one not attempted");
        vm.forceUpdateService();
        assertTrue(vm.statusProperty().get().startsWith("Force-update of web started"));
    }

    /** The restart fallback went only to the container that failed; the replicas not attempted stayed as they were. */
    @Test
    void theRestartFallbackCoversTheFailedReplicaAndThoseNotAttempted() {
        outcome = ExecResult.Outcome.FAILED;
        ExecRestartViewModel vm = vm(new ExecChoiceStore(dir.resolve("c.json")), ExecAuditLog.none());
        vm.run();
        vm.restartInstead();
        assertEquals(List.of("exec kill -HUP 1", "restart web.1 then [web.2]"), calls);
        assertEquals(List.of("web.1", "web.2"), vm.results().stream().map(ExecResult::containerName).toList());
        assertEquals("Restarted web.1, web.2, one at a time: running again.", vm.statusProperty().get());
        assertNull(vm.fallbackForProperty().get());
        assertEquals(0, vm.restartCountProperty().get());
    }

    @Test
    void aRestartThatFailsHalfwayOffersTheForceUpdateOnly() {
        outcome = ExecResult.Outcome.FAILED;
        restartFailsIn = "web.2";
        ExecRestartViewModel vm = vm(new ExecChoiceStore(dir.resolve("c.json")), ExecAuditLog.none());
        vm.run();
        vm.restartInstead();
        assertEquals("web.2 was restarted, but after 60 s it is unhealthy.", vm.statusProperty().get());
        assertEquals(0, vm.restartCountProperty().get());
        assertEquals(List.of(ExecResult.Fallback.FORCE_UPDATE_SERVICE), vm.fallbackForProperty().get().fallbacks());
    }

    @Test
    void anEmptyCustomCommandIsRefused() {
        ExecRestartViewModel vm = vm(new ExecChoiceStore(dir.resolve("c.json")), ExecAuditLog.none());
        vm.presetProperty().set(ExecPreset.CUSTOM);
        vm.run();
        assertEquals("Enter the command to run inside the container.", vm.statusProperty().get());
        assertTrue(calls.isEmpty());
    }
}
