package dev.gantry.ui.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.ops.ServiceProgress.Phase;
import dev.gantry.adapter.api.ops.UpdatePolicy;
import dev.gantry.ui.concurrent.SameThreadExecutor;
import java.util.List;
import org.junit.jupiter.api.Test;

class RollingUpdateViewModelTest {

    private final FakeServices services = new FakeServices();
    private final RollingUpdateViewModel vm = new RollingUpdateViewModel(services, new SameThreadExecutor(),
            FakeServices.service("replicated", 2));

    @Test
    void startsWithTheCurrentImageWithoutItsDigest() {
        assertEquals("img:1", vm.imageProperty().get());
    }

    @Test
    void sendsTheFormAndShowsProgressUntilTheUpdateEnds() {
        services.script = List.of(FakeServices.progress(Phase.UPDATING, 2, 2, "Updating web"),
                FakeServices.progress(Phase.UPDATE_COMPLETED, 2, 2, "Update of web completed"));
        vm.imageProperty().set("img:2");
        vm.envSetProperty().set("A=1\nB=x=y\n");
        vm.envRemoveProperty().set("OLD, GONE");
        vm.parallelismProperty().set("2");
        vm.monitorSecondsProperty().set("1.5");
        vm.failureActionProperty().set(UpdatePolicy.FailureAction.ROLLBACK);
        vm.startUpdate();
        assertEquals("", vm.formErrorProperty().get());
        assertTrue(services.calls.get(0).startsWith("update svc1 ServiceUpdateRequest[image=img:2"), services.calls.get(0));
        assertTrue(services.calls.get(0).contains("B=x=y"));
        assertTrue(services.calls.get(0).contains("monitor=PT1.5S"));
        assertEquals("watch svc1 UPDATE_FINISHED", services.calls.get(1));
        assertEquals("Update of web completed", vm.statusProperty().get());
        assertEquals("2 updated · 0 old · 2 of 2 running", vm.countsProperty().get());
        assertFalse(vm.busyProperty().get());
        assertEquals(List.of("task x failed: boom"), vm.errors());
    }

    @Test
    void badFieldsAreNamedAndNothingIsSent() {
        vm.parallelismProperty().set("two");
        vm.startUpdate();
        assertEquals("Parallelism must be a whole number, not \"two\".", vm.formErrorProperty().get());
        vm.parallelismProperty().set("");
        vm.envSetProperty().set("NOEQUALS");
        vm.startUpdate();
        assertTrue(vm.formErrorProperty().get().startsWith("Environment line 1"));
        vm.envSetProperty().set("");
        vm.maxFailureRatioProperty().set("1.5");
        vm.startUpdate();
        assertTrue(vm.formErrorProperty().get().contains("between 0 and 1"));
        vm.maxFailureRatioProperty().set("");
        vm.imageProperty().set("");
        vm.startUpdate();
        assertTrue(vm.formErrorProperty().get().startsWith("Nothing to change"));
        assertTrue(services.calls.isEmpty());
    }

    @Test
    void aPausedUpdateOffersResumeAndRollback() {
        services.script = List.of(FakeServices.progress(Phase.UPDATE_PAUSED, 1, 2, "Update of web paused"));
        vm.imageProperty().set("img:9");
        vm.startUpdate();
        assertTrue(vm.resumeOfferedProperty().get());
        assertTrue(vm.rollbackOfferedProperty().get());
        services.script = List.of(FakeServices.progress(Phase.ROLLED_BACK, 2, 2, "rolled back"));
        vm.rollback();
        assertTrue(services.calls.contains("rollback svc1"));
        assertFalse(vm.resumeOfferedProperty().get());
        assertFalse(vm.rollbackOfferedProperty().get());
        vm.resume();
        assertTrue(services.calls.contains("resume svc1"));
        assertTrue(vm.pauseUnavailableReason().contains("cannot pause"));
    }
}
