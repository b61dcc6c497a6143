package dev.gantry.ui.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.api.ops.ServiceProgress.Phase;
import dev.gantry.ui.concurrent.SameThreadExecutor;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScaleViewModelTest {

    private final FakeServices services = new FakeServices();

    @Test
    void validatesTheTextAsTheUserTypes() {
        ScaleViewModel vm = new ScaleViewModel(services, new SameThreadExecutor(), FakeServices.service("replicated", 2));
        assertEquals("2", vm.replicasTextProperty().get());
        assertTrue(vm.canScaleProperty().get());
        vm.replicasTextProperty().set("abc");
        assertFalse(vm.canScaleProperty().get());
        assertTrue(vm.validationProperty().get().contains("\"abc\" is not a number"));
        vm.replicasTextProperty().set("-1");
        assertTrue(vm.validationProperty().get().contains("cannot be negative"));
        vm.scale();
        assertTrue(services.calls.isEmpty(), "nothing is sent for invalid input");
    }

    @Test
    void scalesAndFollowsConvergence() {
        services.script = List.of(FakeServices.progress(Phase.CONVERGING, 1, 3, "web: 1 of 3 running."),
                FakeServices.progress(Phase.CONVERGED, 3, 3, "web: 3 of 3 running."));
        ScaleViewModel vm = new ScaleViewModel(services, new SameThreadExecutor(), FakeServices.service("replicated", 1));
        vm.replicasTextProperty().set("3");
        vm.scale();
        assertEquals(List.of("scale svc1 3", "watch svc1 CONVERGED"), services.calls);
        assertEquals(ScaleViewModel.State.DONE, vm.stateProperty().get());
        assertEquals("web: 3 of 3 running.", vm.progressProperty().get());
    }

    @Test
    void aLargeNumberAsksForConfirmationFirst() {
        services.script = List.of(FakeServices.progress(Phase.CONVERGED, 150, 150, "ok"));
        ScaleViewModel vm = new ScaleViewModel(services, new SameThreadExecutor(), FakeServices.service("replicated", 1));
        vm.replicasTextProperty().set("150");
        assertTrue(vm.validationProperty().get().contains("confirm"));
        vm.scale();
        assertEquals(ScaleViewModel.State.CONFIRMING, vm.stateProperty().get());
        assertTrue(services.calls.isEmpty());
        vm.cancelConfirmation();
        assertEquals(ScaleViewModel.State.EDITING, vm.stateProperty().get());
        vm.scale();
        vm.scale();
        assertEquals("scale svc1 150", services.calls.get(0));
    }

    @Test
    void aGlobalServiceIsDisabledWithTheReason() {
        ScaleViewModel vm = new ScaleViewModel(services, new SameThreadExecutor(), FakeServices.service("global", 1));
        assertFalse(vm.canScaleProperty().get());
        assertTrue(vm.disabledReasonProperty().get().contains("global service"));
        vm.scale();
        assertTrue(services.calls.isEmpty());
    }

    @Test
    void failingTasksAndEngineErrorsEndInFailedWithTheSentence() {
        services.script = List.of(FakeServices.progress(Phase.FAILING, 0, 2, "web: tasks keep failing (3 in a row)."));
        ScaleViewModel vm = new ScaleViewModel(services, new SameThreadExecutor(), FakeServices.service("replicated", 1));
        vm.replicasTextProperty().set("2");
        vm.scale();
        assertEquals(ScaleViewModel.State.FAILED, vm.stateProperty().get());
        assertTrue(vm.progressProperty().get().contains("keep failing"));

        services.failWith = new EngineException(EngineException.Kind.NOT_FOUND, "Service web does not exist (any more).");
        vm.scale();
        assertEquals("Service web does not exist (any more).", vm.progressProperty().get());
    }
}
