package dev.gantry.ui.operations;

import dev.gantry.adapter.api.ServiceInfo;
import dev.gantry.adapter.api.Subscription;
import dev.gantry.adapter.api.ops.ReplicaInput;
import dev.gantry.adapter.api.ops.ServiceOperations;
import dev.gantry.adapter.api.ops.ServiceProgress;
import dev.gantry.adapter.api.ops.WatchGoal;
import dev.gantry.ui.concurrent.BackgroundExecutor;
import java.time.Duration;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Scales one replicated service and follows its tasks until they converge (or keep failing). */
public final class ScaleViewModel {

    public enum State { EDITING, CONFIRMING, SCALING, DONE, FAILED }

    static final Duration WATCH_TIMEOUT = Duration.ofMinutes(5);
    private final ServiceOperations services;
    private final BackgroundExecutor executor;
    private final ServiceInfo service;

    // Properties
    private final StringProperty replicasText = new SimpleStringProperty();
    private final ReadOnlyStringWrapper validation = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canScale = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper disabledReason = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.EDITING);
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ServiceProgress> lastProgress = new ReadOnlyObjectWrapper<>();
    private Subscription watch;

    public ScaleViewModel(ServiceOperations services, BackgroundExecutor executor, ServiceInfo service) {
        this.services = services;
        this.executor = executor;
        this.service = service;
        if (service.isGlobal()) {
            disabledReason.set(service.name() + " is a global service: it runs one task on every eligible node, so it cannot be scaled.");
        }
        replicasText.addListener((obs, old, now) -> revalidate());
        replicasText.set(String.valueOf(service.desiredReplicas()));
    }

    public String serviceName() {
        return service.name();
    }

    public StringProperty replicasTextProperty() {
        return replicasText;
    }

    public ReadOnlyStringProperty validationProperty() {
        return validation.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canScaleProperty() {
        return canScale.getReadOnlyProperty();
    }

    /** Why scaling is not offered at all (global service), or empty. */
    public ReadOnlyStringProperty disabledReasonProperty() {
        return disabledReason.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ServiceProgress> lastProgressProperty() {
        return lastProgress.getReadOnlyProperty();
    }

    // Commands

    /** Scales, or asks for confirmation first when the number is very large. */
    public void scale() {
        ReplicaInput.Result r = ReplicaInput.parse(replicasText.get());
        if (!canScale.get() || !r.valid()) {
            return;
        }
        if (r.needsConfirmation() && state.get() != State.CONFIRMING) {
            state.set(State.CONFIRMING);
            progress.set("Scale " + service.name() + " to " + r.replicas() + " replicas? That is more than "
                    + ReplicaInput.CONFIRM_ABOVE + ".");
            return;
        }
        long n = r.replicas();
        state.set(State.SCALING);
        progress.set("Scaling " + service.name() + " to " + n + " …");
        executor.submit(() -> {
            services.scale(service.id(), n);
            return Boolean.TRUE;
        }, ok -> startWatch(), this::fail);
    }

    /** The user declined the confirmation. */
    public void cancelConfirmation() {
        if (state.get() == State.CONFIRMING) {
            state.set(State.EDITING);
            progress.set("");
        }
    }

    /** Stops following the progress (the engine keeps converging). */
    public void stopWatching() {
        if (watch != null) {
            watch.close();
            watch = null;
        }
    }

    private void startWatch() {
        stopWatching();
        executor.submit(() -> services.watch(service.id(), WatchGoal.CONVERGED, WATCH_TIMEOUT,
                p -> executor.onUiThread(() -> show(p))), w -> watch = w, this::fail);
    }

    private void show(ServiceProgress p) {
        lastProgress.set(p);
        progress.set(p.summary());
        if (p.phase().isFinal()) {
            state.set(p.phase() == ServiceProgress.Phase.CONVERGED ? State.DONE : State.FAILED);
            watch = null;
        }
    }

    private void fail(Throwable e) {
        state.set(State.FAILED);
        progress.set(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    private void revalidate() {
        if (!disabledReason.get().isEmpty()) {
            validation.set(disabledReason.get());
            canScale.set(false);
            return;
        }
        ReplicaInput.Result r = ReplicaInput.parse(replicasText.get());
        validation.set(r.valid() ? (r.needsConfirmation() ? "More than " + ReplicaInput.CONFIRM_ABOVE
                + " replicas: Gantry will ask you to confirm." : "") : r.error());
        canScale.set(r.valid());
        if (state.get() == State.CONFIRMING) {
            state.set(State.EDITING);
        }
    }
}
