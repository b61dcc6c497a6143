package dev.gantry.ui.operations;

import dev.gantry.adapter.api.ServiceInfo;
import dev.gantry.adapter.api.Subscription;
import dev.gantry.adapter.api.TaskInfo;
import dev.gantry.adapter.api.ops.ServiceOperations;
import dev.gantry.adapter.api.ops.ServiceProgress;
import dev.gantry.adapter.api.ops.ServiceProgress.Phase;
import dev.gantry.adapter.api.ops.UpdatePolicy;
import dev.gantry.adapter.api.ops.WatchGoal;
import dev.gantry.ui.concurrent.BackgroundExecutor;
import java.time.Duration;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The rolling update dialog and its live progress: image, environment, update policy; then the
 * service's UpdateStatus and tasks until the update completes, pauses or rolls back. Rollback and
 * resume are offered after a failed or paused update.
 */
public final class RollingUpdateViewModel {

    /** The Engine API has no verb to pause a running update (the docker CLI has none either). */
    public static final String PAUSE_UNAVAILABLE = "The engine cannot pause an update on request: it pauses by itself "
            + "when tasks fail and the failure action is \"pause\". Roll back to stop an update.";
    static final Duration WATCH_TIMEOUT = Duration.ofMinutes(15);

    private final ServiceOperations services;
    private final BackgroundExecutor executor;
    private final ServiceInfo service;

    // Properties: the form
    private final StringProperty image = new SimpleStringProperty("");
    private final StringProperty envSet = new SimpleStringProperty("");
    private final StringProperty envRemove = new SimpleStringProperty("");
    private final StringProperty parallelism = new SimpleStringProperty("");
    private final StringProperty delaySeconds = new SimpleStringProperty("");
    private final ObjectProperty<UpdatePolicy.Order> order = new SimpleObjectProperty<>();
    private final ObjectProperty<UpdatePolicy.FailureAction> failureAction = new SimpleObjectProperty<>();
    private final StringProperty monitorSeconds = new SimpleStringProperty("");
    private final StringProperty maxFailureRatio = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper("");
    // Properties: the progress
    private final ReadOnlyObjectWrapper<ServiceProgress> progress = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper rollbackOffered = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper resumeOffered = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<TaskInfo> tasks = FXCollections.observableArrayList();
    private final ObservableList<String> errors = FXCollections.observableArrayList();
    private Subscription watch;

    public RollingUpdateViewModel(ServiceOperations services, BackgroundExecutor executor, ServiceInfo service) {
        this.services = services;
        this.executor = executor;
        this.service = service;
        image.set(service.image() == null ? "" : service.image().replaceFirst("@sha256:.*$", ""));
    }

    public String serviceName() {
        return service.name();
    }

    public StringProperty imageProperty() {
        return image;
    }

    public StringProperty envSetProperty() {
        return envSet;
    }

    public StringProperty envRemoveProperty() {
        return envRemove;
    }

    public StringProperty parallelismProperty() {
        return parallelism;
    }

    public StringProperty delaySecondsProperty() {
        return delaySeconds;
    }

    public ObjectProperty<UpdatePolicy.Order> orderProperty() {
        return order;
    }

    public ObjectProperty<UpdatePolicy.FailureAction> failureActionProperty() {
        return failureAction;
    }

    public StringProperty monitorSecondsProperty() {
        return monitorSeconds;
    }

    public StringProperty maxFailureRatioProperty() {
        return maxFailureRatio;
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ServiceProgress> progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** One sentence: where the update stands, or what went wrong. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** "2 updated · 1 old · 3 of 3 running". */
    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty rollbackOfferedProperty() {
        return rollbackOffered.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty resumeOfferedProperty() {
        return resumeOffered.getReadOnlyProperty();
    }

    public ObservableList<TaskInfo> tasks() {
        return tasks;
    }

    public ObservableList<String> errors() {
        return errors;
    }

    public String pauseUnavailableReason() {
        return PAUSE_UNAVAILABLE;
    }

    // Commands

    public void startUpdate() {
        UpdateForm.Parsed parsed = UpdateForm.parse(image.get(), envSet.get(), envRemove.get(), parallelism.get(),
                delaySeconds.get(), order.get(), failureAction.get(), monitorSeconds.get(), maxFailureRatio.get());
        formError.set(parsed.error() == null ? "" : parsed.error());
        if (parsed.error() != null) {
            return;
        }
        run("Starting the update of " + service.name() + " …", () -> {
            services.update(service.id(), parsed.request());
            return null;
        });
    }

    public void rollback() {
        run("Rolling back " + service.name() + " …", () -> {
            services.rollback(service.id());
            return null;
        });
    }

    /** Re-sends the current spec: the engine then restarts a paused update. */
    public void resume() {
        run("Resuming the update of " + service.name() + " …", () -> {
            services.resumeUpdate(service.id());
            return null;
        });
    }

    public void stopWatching() {
        if (watch != null) {
            watch.close();
            watch = null;
        }
    }

    private void run(String what, Callable<Void> action) {
        busy.set(true);
        resumeOffered.set(false);
        status.set(what);
        errors.clear();
        executor.submit(action, ignored -> follow(), this::fail);
    }

    private void follow() {
        stopWatching();
        executor.submit(() -> services.watch(service.id(), WatchGoal.UPDATE_FINISHED, WATCH_TIMEOUT,
                p -> executor.onUiThread(() -> show(p))), w -> watch = w, this::fail);
    }

    void show(ServiceProgress p) {
        progress.set(p);
        status.set(p.summary());
        counts.set(p.updatedRunning() + " updated · " + p.oldRunning() + " old · " + p.running() + " of " + p.desired()
                + " running" + (p.updateState() == null ? "" : " · " + p.updateState().replace('_', ' ')));
        tasks.setAll(p.tasks());
        errors.setAll(p.recentErrors());
        if (p.phase().isFinal()) {
            busy.set(false);
            watch = null;
            resumeOffered.set(p.phase() == Phase.UPDATE_PAUSED || p.phase() == Phase.ROLLBACK_PAUSED);
            rollbackOffered.set(p.phase() != Phase.ROLLED_BACK);
        }
    }

    private void fail(Throwable e) {
        busy.set(false);
        status.set(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
}
