package dev.gantry.ui.operations;

import dev.gantry.adapter.api.ops.AuditEntry;
import dev.gantry.adapter.api.ops.ExecPreset;
import dev.gantry.adapter.api.ops.ExecRestartOperations;
import dev.gantry.adapter.api.ops.ExecRestartReport;
import dev.gantry.adapter.api.ops.ExecRestartRequest;
import dev.gantry.adapter.api.ops.ExecResult;
import dev.gantry.adapter.api.ops.ServiceOperations;
import dev.gantry.adapter.ops.ExecAuditLog;
import dev.gantry.adapter.ops.ExecChoice;
import dev.gantry.adapter.ops.ExecChoiceStore;
import dev.gantry.ui.concurrent.BackgroundExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
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
 * Exec-restart of one container or every replica of a service: preset or custom command, results
 * per container, the fallbacks (restart the container, force-update the service) and the audit log.
 */
public final class ExecRestartViewModel {

    /**
     * What to exec-restart.
     *
     * @param target      container or service id/name
     * @param service     true for all replicas of a service
     * @param serviceName the service (also for a single task container), or null for a plain container
     * @param image       the image, for remembering the choice per service and image
     */
    public record Target(String target, boolean service, String serviceName, String image) {
    }

    private final ExecRestartOperations exec;
    private final ServiceOperations services;
    private final BackgroundExecutor executor;
    private final ExecAuditLog audit;
    private final ExecChoiceStore choices;
    private final Target target;

    // Properties
    private final ObjectProperty<ExecPreset> preset = new SimpleObjectProperty<>(ExecPreset.KILL_HUP_1);
    private final StringProperty customCommand = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<ExecResult> fallbackFor = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper restartCount = new ReadOnlyIntegerWrapper(0);
    /** The report the fallbacks are for: the last run (or restart) that did not succeed. */
    private ExecRestartReport lastFailed;
    private final ObservableList<ExecResult> results = FXCollections.observableArrayList();
    private final ObservableList<AuditEntry> auditEntries = FXCollections.observableArrayList();

    public ExecRestartViewModel(ExecRestartOperations exec, ServiceOperations services, BackgroundExecutor executor,
                                ExecAuditLog audit, ExecChoiceStore choices, Target target) {
        this.exec = exec;
        this.services = services;
        this.executor = executor;
        this.audit = audit;
        this.choices = choices;
        this.target = target;
    }

    public Target target() {
        return target;
    }

    public ObjectProperty<ExecPreset> presetProperty() {
        return preset;
    }

    public StringProperty customCommandProperty() {
        return customCommand;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The failed result whose fallbacks the view offers, or null. */
    public ReadOnlyObjectProperty<ExecResult> fallbackForProperty() {
        return fallbackFor.getReadOnlyProperty();
    }

    /**
     * How many containers the restart fallback would restart: the one whose command failed and the
     * replicas not attempted after it (0 when that fallback is not offered).
     */
    public ReadOnlyIntegerProperty restartCountProperty() {
        return restartCount.getReadOnlyProperty();
    }

    public ObservableList<ExecResult> results() {
        return results;
    }

    public ObservableList<AuditEntry> auditEntries() {
        return auditEntries;
    }

    // Commands

    /** Fills in the choice last used for this service and image, if any. */
    public void loadRememberedChoice() {
        if (target.serviceName() == null) {
            return;
        }
        executor.submit(() -> choices.get(target.serviceName(), target.image()), found -> found.ifPresent(c -> {
            preset.set(c.preset());
            customCommand.set(c.customCommand() == null ? "" : c.customCommand());
        }), e -> status.set(e.getMessage()));
    }

    public void run() {
        List<String> command;
        try {
            command = preset.get().command(customCommand.get());
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
            return;
        }
        ExecRestartRequest request = new ExecRestartRequest(target.target(), target.service(), command, null, null);
        ExecChoice choice = new ExecChoice(preset.get(), preset.get() == ExecPreset.CUSTOM ? customCommand.get().strip() : null);
        results.clear();
        offerFallbacks(null);
        running.set(true);
        status.set("Running \"" + request.commandLine() + "\" in " + (target.service() ? "every replica of " : "") + target.target() + " …");
        executor.submit(() -> {
            if (target.serviceName() != null) {
                choices.put(target.serviceName(), target.image(), choice);
            }
            return exec.run(request, audit, r -> executor.onUiThread(() -> results.add(r)));
        }, this::finished, this::fail);
    }

    /**
     * The fallback: a plain restart of the container whose exec failed and of the replicas not
     * attempted after it, one at a time as the exec-restart went.
     */
    public void restartInstead() {
        ExecRestartReport failed = lastFailed;
        if (failed == null || restartCount.get() == 0 || running.get()) {
            return;
        }
        List<String> names = new ArrayList<>();
        names.add(failed.results().get(failed.results().size() - 1).containerName());
        names.addAll(failed.notAttempted());
        results.clear();
        offerFallbacks(null);
        running.set(true);
        status.set("Restarting " + String.join(", ", names) + (names.size() > 1 ? ", one at a time" : "") + " …");
        executor.submit(() -> exec.restartInstead(failed, audit, r -> executor.onUiThread(() -> results.add(r))),
                this::restarted, this::fail);
    }

    /** The fallback: re-deploy every task of the service. */
    public void forceUpdateService() {
        String svc = Objects.requireNonNull(target.serviceName(), "not a service's container");
        running.set(true);
        status.set("Force-updating " + svc + " …");
        executor.submit(() -> {
            services.forceRedeploy(svc);
            return svc;
        }, name -> done("Force-update of " + name + " started: its tasks are being replaced."), this::fail);
    }

    public void loadAudit() {
        executor.submit(audit::readAll, auditEntries::setAll, e -> status.set(e.getMessage()));
    }

    private void finished(ExecRestartReport report) {
        running.set(false);
        results.setAll(report.results());
        if (report.succeeded()) {
            status.set("\"" + report.request().commandLine() + "\" succeeded in " + report.results().size() + " container(s).");
            return;
        }
        ExecResult failed = offerFallbacks(report);
        status.set(failed.message() + (report.notAttempted().isEmpty() ? ""
                : " Not attempted: " + String.join(", ", report.notAttempted()) + "."));
    }

    private void restarted(ExecRestartReport report) {
        running.set(false);
        results.setAll(report.results());
        if (report.succeeded()) {
            status.set("Restarted " + String.join(", ", report.results().stream().map(ExecResult::containerName).toList())
                    + (report.results().size() > 1 ? ", one at a time" : "") + ": running again.");
            return;
        }
        ExecResult failed = offerFallbacks(report);
        status.set(failed.message() + (report.notAttempted().isEmpty() ? ""
                : " Not restarted: " + String.join(", ", report.notAttempted()) + "."));
    }

    /** Offers what the failed result of the report allows (nothing for null); returns that result. */
    private ExecResult offerFallbacks(ExecRestartReport report) {
        ExecResult failed = report == null ? null : report.results().get(report.results().size() - 1);
        boolean any = failed != null && !failed.fallbacks().isEmpty();
        lastFailed = any ? report : null;
        fallbackFor.set(any ? failed : null);
        restartCount.set(any && failed.fallbacks().contains(ExecResult.Fallback.RESTART_CONTAINER)
                ? 1 + report.notAttempted().size() : 0);
        return failed;
    }

    private void done(String message) {
        running.set(false);
        offerFallbacks(null);
        status.set(message);
    }

    private void fail(Throwable e) {
        running.set(false);
        status.set(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
}
