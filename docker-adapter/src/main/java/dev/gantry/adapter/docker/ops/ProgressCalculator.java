package dev.gantry.adapter.docker.ops;

import static dev.gantry.adapter.docker.ops.SpecJson.at;
import static dev.gantry.adapter.docker.ops.SpecJson.imageWithoutDigest;
import static dev.gantry.adapter.docker.ops.SpecJson.text;
import static dev.gantry.adapter.docker.ops.SpecJson.time;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.adapter.api.Health;
import dev.gantry.adapter.api.TaskInfo;
import dev.gantry.adapter.api.ops.ServiceProgress;
import dev.gantry.adapter.api.ops.ServiceProgress.Phase;
import dev.gantry.adapter.api.ops.WatchGoal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Computes a {@link ServiceProgress} from a service's and its tasks' JSON. Pure. */
final class ProgressCalculator {

    /** This many failed tasks in a row, with none running in between, ends a convergence watch. */
    static final int FAILURES_TO_GIVE_UP = 3;
    private static final Set<String> FAILED_STATES = Set.of("failed", "rejected");

    private ProgressCalculator() {
    }

    static ServiceProgress compute(JsonNode service, JsonNode taskArray, WatchGoal goal) {
        String id = text(service, "ID");
        String name = text(service, "Spec", "Name");
        JsonNode template = at(service, "Spec", "TaskTemplate");
        String image = imageWithoutDigest(text(template, "ContainerSpec", "Image"));
        List<JsonNode> tasks = new ArrayList<>();
        taskArray.forEach(tasks::add);
        tasks.sort(Comparator.comparing((JsonNode t) -> Objects.requireNonNullElse(text(t, "CreatedAt"), "")).reversed());

        List<TaskInfo> live = new ArrayList<>();
        long running = 0;
        long updated = 0;
        for (JsonNode t : tasks) {
            if (!"running".equals(text(t, "DesiredState"))) {
                continue;
            }
            TaskInfo info = task(t, name);
            live.add(info);
            if (info.isRunning()) {
                running++;
                if (sameSpec(at(t, "Spec"), template)) {
                    updated++;
                }
            }
        }
        JsonNode replicated = at(service, "Spec", "Mode", "Replicated", "Replicas");
        long desired = replicated.isMissingNode() ? live.size() : replicated.asLong();

        List<String> errors = new ArrayList<>();
        int consecutive = 0;
        boolean streak = true;
        List<JsonNode> byStatusTime = new ArrayList<>(tasks);
        byStatusTime.sort(Comparator.comparing((JsonNode t) -> Objects.requireNonNullElse(text(t, "Status", "Timestamp"), "")).reversed());
        for (JsonNode t : byStatusTime) {
            String state = text(t, "Status", "State");
            if (FAILED_STATES.contains(state)) {
                String err = Objects.requireNonNullElse(text(t, "Status", "Err"), text(t, "Status", "Message"));
                if (errors.size() < 5) {
                    errors.add("task " + shortId(text(t, "ID")) + " " + state + ": " + err);
                }
                if (streak) {
                    consecutive++;
                }
            } else if ("running".equals(state) || "complete".equals(state)) {
                streak = false;
            }
        }

        String updateState = text(service, "UpdateStatus", "State");
        String updateMessage = text(service, "UpdateStatus", "Message");
        ServiceProgress p = new ServiceProgress(id, name, desired, running, updated, running - updated, image,
                updateState, updateMessage, live, errors, consecutive, Phase.CONVERGING, "");
        return phase(p, goal);
    }

    private static ServiceProgress phase(ServiceProgress p, WatchGoal goal) {
        String counts = p.running() + " of " + p.desired() + " running";
        String state = p.updateState() == null ? "" : p.updateState();
        String lastError = p.recentErrors().isEmpty() ? "" : " Last error: " + p.recentErrors().get(0);
        if (goal == WatchGoal.UPDATE_FINISHED) {
            return switch (state) {
                case "completed" -> p.withPhase(Phase.UPDATE_COMPLETED, "Update of " + p.serviceName() + " completed: "
                        + p.updatedRunning() + " of " + p.desired() + " tasks run " + p.image() + ".");
                case "paused" -> p.withPhase(Phase.UPDATE_PAUSED, "Update of " + p.serviceName() + " paused: "
                        + message(p) + lastError);
                // after a manual rollback too: the final status does not say why it rolled back
                case "rollback_completed" -> p.withPhase(Phase.ROLLED_BACK, p.serviceName()
                        + " was rolled back to its previous spec (" + p.image() + "): " + message(p) + lastError);
                case "rollback_paused" -> p.withPhase(Phase.ROLLBACK_PAUSED, "Rollback of " + p.serviceName() + " paused: "
                        + message(p) + lastError);
                case "rollback_started" -> p.withPhase(Phase.ROLLING_BACK, "Rolling back " + p.serviceName() + ": " + counts
                        + ". " + message(p));
                case "updating" -> p.withPhase(Phase.UPDATING, "Updating " + p.serviceName() + ": " + p.updatedRunning() + " updated, "
                        + p.oldRunning() + " old, " + counts + "." + lastError);
                default -> noUpdateStatus(p, counts, lastError);
            };
        }
        boolean updating = state.equals("updating") || state.equals("rollback_started");
        if (!updating && p.running() == p.desired() && p.tasks().size() == p.desired()) {
            return p.withPhase(Phase.CONVERGED, p.serviceName() + ": " + counts + ".");
        }
        if (p.consecutiveFailures() >= FAILURES_TO_GIVE_UP && p.running() < p.desired()) {
            return p.withPhase(Phase.FAILING, p.serviceName() + ": tasks keep failing (" + p.consecutiveFailures()
                    + " in a row), " + counts + "." + lastError);
        }
        return p.withPhase(Phase.CONVERGING, p.serviceName() + ": " + counts + "." + lastError);
    }

    /**
     * No UpdateStatus: either the update has not started yet, or there is nothing to update (the
     * engine resets the status on every spec change and sets none when the tasks already match).
     */
    private static ServiceProgress noUpdateStatus(ServiceProgress p, String counts, String lastError) {
        if (p.running() == p.desired() && p.updatedRunning() == p.desired() && p.tasks().size() == p.desired()) {
            return p.withPhase(Phase.UPDATE_COMPLETED, p.serviceName() + ": all " + p.desired() + " tasks run the current spec ("
                    + p.image() + ").");
        }
        if (p.consecutiveFailures() >= FAILURES_TO_GIVE_UP && p.running() < p.desired()) {
            return p.withPhase(Phase.FAILING, p.serviceName() + ": tasks keep failing (" + p.consecutiveFailures()
                    + " in a row), " + counts + "." + lastError);
        }
        return p.withPhase(Phase.UPDATING, "Updating " + p.serviceName() + ": " + p.updatedRunning() + " updated, "
                + p.oldRunning() + " old, " + counts + "." + lastError);
    }

    private static String message(ServiceProgress p) {
        return p.updateMessage() == null ? "" : p.updateMessage() + ".";
    }

    /** A task runs the current spec when image, environment and force-update counter match. */
    static boolean sameSpec(JsonNode taskSpec, JsonNode template) {
        return Objects.equals(imageWithoutDigest(text(taskSpec, "ContainerSpec", "Image")),
                imageWithoutDigest(text(template, "ContainerSpec", "Image")))
                && at(taskSpec, "ContainerSpec", "Env").equals(at(template, "ContainerSpec", "Env"))
                && at(taskSpec, "ForceUpdate").asLong() == at(template, "ForceUpdate").asLong();
    }

    static TaskInfo task(JsonNode t, String serviceName) {
        JsonNode exit = at(t, "Status", "ContainerStatus", "ExitCode");
        return new TaskInfo(text(t, "ID"), text(t, "ServiceID"), serviceName, at(t, "Slot").asInt(), text(t, "NodeID"),
                null, imageWithoutDigest(text(t, "Spec", "ContainerSpec", "Image")), text(t, "Status", "State"),
                text(t, "DesiredState"), text(t, "Status", "Message"), text(t, "Status", "Err"),
                exit.isMissingNode() ? null : exit.asInt(), text(t, "Status", "ContainerStatus", "ContainerID"),
                time(t, "CreatedAt"), time(t, "UpdatedAt"), Health.NONE);
    }

    private static String shortId(String id) {
        return id == null ? "?" : id.substring(0, Math.min(12, id.length()));
    }
}
