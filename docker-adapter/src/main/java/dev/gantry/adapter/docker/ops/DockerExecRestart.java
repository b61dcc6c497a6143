package dev.gantry.adapter.docker.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.model.EventType;
import dev.gantry.adapter.api.EndpointProfile;
import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.api.EngineException.Kind;
import dev.gantry.adapter.api.ops.AuditEntry;
import dev.gantry.adapter.api.ops.ExecRestartOperations;
import dev.gantry.adapter.api.ops.ExecRestartReport;
import dev.gantry.adapter.api.ops.ExecRestartRequest;
import dev.gantry.adapter.api.ops.ExecResult;
import dev.gantry.adapter.api.ops.ExecResult.Fallback;
import dev.gantry.adapter.api.ops.ExecResult.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exec-restart: one container, or a service's running replicas one at a time; after each, waits
 * (on container events, with a slow fallback re-read) until it runs again, and is healthy when it
 * has a healthcheck. A failure stops the sequence. Its fallback, a plain restart, goes through the
 * failed container and the ones not attempted the same way.
 */
final class DockerExecRestart implements ExecRestartOperations {

    private static final Logger LOG = LoggerFactory.getLogger(DockerExecRestart.class);
    /** How long a container must stay running (and healthy) after the command to count as ready. */
    static final Duration SETTLE = Duration.ofSeconds(2);
    /** The command a restart fallback's results and audit entries name. */
    static final String RESTART = "restart";
    private final DockerClient client;
    private final EngineHttp http;
    private final EndpointProfile profile;
    private final DockerServiceOperations services;
    private final DockerContainerOperations containers;
    private final OpsErrors errors;

    DockerExecRestart(DockerClient client, EngineHttp http, EndpointProfile profile, DockerServiceOperations services,
                      DockerContainerOperations containers, OpsErrors errors) {
        this.client = client;
        this.http = http;
        this.profile = profile;
        this.services = services;
        this.containers = containers;
        this.errors = errors;
    }

    /** One container to run the command in; slot > 0 for a service replica. */
    private record Target(String containerId, String name, String serviceId, String serviceName, int slot) {
        String describe() {
            return serviceName == null ? "container " + name : "service " + serviceName + " / container " + name;
        }
    }

    @Override
    public ExecRestartReport run(ExecRestartRequest request, Consumer<AuditEntry> audit, Consumer<ExecResult> onResult) {
        List<Target> targets = request.service() ? serviceTargets(request.target()) : List.of(containerTarget(request.target()));
        return sequence(request, targets, request.commandLine(), t -> runOne(t, request), audit, onResult);
    }

    @Override
    public ExecRestartReport restartInstead(ExecRestartReport failed, Consumer<AuditEntry> audit, Consumer<ExecResult> onResult) {
        ExecResult last = failed.results().isEmpty() ? null : failed.results().get(failed.results().size() - 1);
        if (last == null || last.succeeded()) {
            throw new IllegalArgumentException("The exec-restart succeeded: there is nothing to restart instead.");
        }
        ExecRestartRequest request = failed.request();
        List<Target> targets = new ArrayList<>();
        if (request.service()) {
            // by slot, as the exec-restart went: each slot's current container at its turn
            JsonNode s;
            try {
                s = services.inspect(request.target());
            } catch (RuntimeException e) {
                throw errors.translate(e, "restart the replicas of", "service " + request.target());
            }
            String serviceId = s.path("ID").asText();
            String serviceName = s.path("Spec").path("Name").asText();
            targets.add(new Target(last.containerId(), last.containerName(), serviceId, serviceName, slotOf(last.containerName())));
            failed.notAttempted().forEach(name -> targets.add(new Target(name, name, serviceId, serviceName, slotOf(name))));
        } else {
            targets.add(containerTarget(last.containerId()));
        }
        return sequence(request, targets, RESTART, t -> restartOne(t, request.readyTimeout()), audit, onResult);
    }

    /** Runs one step per target in turn, reporting and auditing each; the first failure stops it. */
    private ExecRestartReport sequence(ExecRestartRequest request, List<Target> targets, String command,
                                       java.util.function.Function<Target, ExecResult> step, Consumer<AuditEntry> audit,
                                       Consumer<ExecResult> onResult) {
        List<ExecResult> results = new ArrayList<>();
        List<String> notAttempted = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            Target t = current(targets.get(i));
            ExecResult r = step.apply(t);
            results.add(r);
            if (audit != null) {
                audit.accept(new AuditEntry(Instant.now(), profile.name() + " (" + profile.host() + ")",
                        t.describe() + " (" + shortId(t.containerId()) + ")", command, r.outcome().name(),
                        r.exitCode(), r.duration().toMillis(), r.message()));
            }
            onResult.accept(r);
            if (!r.succeeded()) {
                targets.subList(i + 1, targets.size()).forEach(rest -> notAttempted.add(rest.name()));
                break;
            }
        }
        return new ExecRestartReport(request, results, notAttempted);
    }

    /** Restarts the container with its own grace period, then waits as after a command. */
    private ExecResult restartOne(Target t, Duration readyTimeout) {
        List<Fallback> fallbacks = t.serviceId() == null ? List.of() : List.of(Fallback.FORCE_UPDATE_SERVICE);
        Instant start = Instant.now();
        try {
            containers.restart(t.containerId(), null);
        } catch (EngineException e) {
            return new ExecResult(t.containerId(), t.name(), RESTART, Outcome.FAILED, null, "", "",
                    Duration.between(start, Instant.now()), "Restarting " + t.name() + " failed: " + e.getMessage(), fallbacks);
        }
        Duration took = Duration.between(start, Instant.now());
        try {
            String notReady = awaitReady(t, readyTimeout);
            if (notReady != null) {
                return new ExecResult(t.containerId(), t.name(), RESTART, Outcome.NOT_READY, null, "", "", took,
                        t.name() + " was restarted, but after " + readyTimeout.toSeconds() + " s " + notReady
                                + "; the next replicas were not restarted.", fallbacks);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException(Kind.UNKNOWN, "The restart of " + t.describe() + " was cancelled.", e);
        }
        return new ExecResult(t.containerId(), t.name(), RESTART, Outcome.SUCCEEDED, null, "", "", took,
                t.name() + " was restarted, and it is running again.", List.of());
    }

    private ExecResult runOne(Target t, ExecRestartRequest request) {
        String cmd = request.commandLine();
        List<Fallback> fallbacks = t.serviceId() == null ? List.of(Fallback.RESTART_CONTAINER)
                : List.of(Fallback.RESTART_CONTAINER, Fallback.FORCE_UPDATE_SERVICE);
        try {
            InspectContainerResponse c = client.inspectContainerCmd(t.containerId()).exec();
            if (c.getState() == null || !Boolean.TRUE.equals(c.getState().getRunning())) {
                return new ExecResult(t.containerId(), t.name(), cmd, Outcome.NOT_RUNNING, null, "", "", Duration.ZERO,
                        "Container " + t.name() + " is not running, so the command cannot run in it; restart the container"
                                + (t.serviceId() == null ? "" : " or force-update the service") + " instead.", fallbacks);
            }
            ExecRunner.Outcome o = ExecRunner.run(client, t.containerId(), request.command(), request.execTimeout());
            if (o.timedOut()) {
                return new ExecResult(t.containerId(), t.name(), cmd, Outcome.TIMED_OUT, null, o.stdout(), o.stderr(), o.duration(),
                        "\"" + cmd + "\" did not finish within " + request.execTimeout().toSeconds() + " s in " + t.name() + ".",
                        fallbacks);
            }
            if (commandNotFound(o)) {
                return new ExecResult(t.containerId(), t.name(), cmd, Outcome.COMMAND_NOT_FOUND, o.exitCode(), o.stdout(),
                        o.stderr(), o.duration(), "The command \"" + request.command().get(0) + "\" does not exist in "
                        + t.name() + "; restart the container" + (t.serviceId() == null ? "" : " or force-update the service")
                        + " instead.", fallbacks);
            }
            if (o.exitCode() != 0) {
                return new ExecResult(t.containerId(), t.name(), cmd, Outcome.FAILED, o.exitCode(), o.stdout(), o.stderr(),
                        o.duration(), "\"" + cmd + "\" failed in " + t.name() + " with exit code " + o.exitCode() + ".", fallbacks);
            }
            String notReady = awaitReady(t, request.readyTimeout());
            if (notReady != null) {
                return new ExecResult(t.containerId(), t.name(), cmd, Outcome.NOT_READY, 0, o.stdout(), o.stderr(),
                        o.duration(), "The command ran in " + t.name() + ", but after " + request.readyTimeout().toSeconds()
                        + " s " + notReady + "; the next replicas were not touched.", fallbacks);
            }
            return new ExecResult(t.containerId(), t.name(), cmd, Outcome.SUCCEEDED, 0, o.stdout(), o.stderr(), o.duration(),
                    "\"" + cmd + "\" succeeded in " + t.name() + ", and it is running again.", List.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException(Kind.UNKNOWN, "Exec-restart of " + t.describe() + " was cancelled.", e);
        } catch (RuntimeException e) {
            EngineException ee = errors.translate(e, "exec in", "container " + t.name());
            if (ee.kind() == Kind.CONFLICT) { // 409: the container stopped between our check and the exec
                return new ExecResult(t.containerId(), t.name(), cmd, Outcome.NOT_RUNNING, null, "", "", Duration.ZERO,
                        ee.getMessage(), fallbacks);
            }
            throw ee;
        }
    }

    static boolean commandNotFound(ExecRunner.Outcome o) {
        String text = (o.stdout() + "\n" + o.stderr()).toLowerCase();
        Integer exit = o.exitCode();
        return (exit != null && (exit == 126 || exit == 127))
                || text.contains("executable file not found") || text.contains("no such file or directory") && exit != null && exit != 0;
    }

    /**
     * Null when the container (or, for a service, its slot's replacement) runs, and is healthy
     * where it has a healthcheck, and has stayed so for {@link #SETTLE}: a reload signal may make
     * the process exit a moment after the command returned. Otherwise, at the deadline, how it was
     * last seen ("it is unhealthy").
     */
    private String awaitReady(Target t, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        String last = "";
        String readyId = null;
        Instant readySince = null;
        try (EventTrigger trigger = new EventTrigger(client, e -> true, EventType.CONTAINER)) {
            while (true) {
                String id;
                InspectContainerResponse c;
                last = "its replica has no running task";
                try {
                    id = currentContainer(t);
                    c = id == null ? null : client.inspectContainerCmd(id).exec();
                } catch (RuntimeException e) {
                    // a manager election or engine restart: keep waiting until the deadline
                    id = null;
                    c = null;
                    last = "the engine did not answer (" + errors.translate(e, "inspect", "container " + t.name()).getMessage() + ")";
                }
                boolean ready = false;
                if (c != null) {
                    boolean running = c.getState() != null && Boolean.TRUE.equals(c.getState().getRunning());
                    String health = c.getState() == null || c.getState().getHealth() == null ? null
                            : c.getState().getHealth().getStatus();
                    ready = running && (health == null || "healthy".equals(health));
                    last = running ? "it is " + health : "it is " + (c.getState() == null ? "gone" : c.getState().getStatus());
                }
                if (!ready || !id.equals(readyId)) {
                    readyId = ready ? id : null;
                    readySince = ready ? Instant.now() : null;
                } else if (Duration.between(readySince, Instant.now()).compareTo(SETTLE) >= 0) {
                    return null;
                }
                if (Instant.now().isAfter(deadline)) {
                    return last;
                }
                trigger.await(readySince != null ? Duration.ofMillis(500) : Duration.ofSeconds(2));
            }
        }
    }

    /**
     * A replica listed at the start may have been replaced by swarm since (a failed healthcheck,
     * a node event): at its turn, the slot's current running container is the target.
     */
    private Target current(Target t) {
        if (t.serviceId() == null) {
            return t;
        }
        try {
            String id = currentContainer(t);
            if (id == null || id.equals(t.containerId())) {
                return t;
            }
            String name = client.inspectContainerCmd(id).exec().getName();
            return new Target(id, name == null ? id : name.replaceFirst("^/", ""), t.serviceId(), t.serviceName(), t.slot());
        } catch (RuntimeException e) {
            return t; // the exec itself will say what is wrong
        }
    }

    /** The container to check: the same one, or for a service the slot's task now meant to run. */
    private String currentContainer(Target t) {
        if (t.serviceId() == null) {
            return t.containerId();
        }
        try {
            InspectContainerResponse c = client.inspectContainerCmd(t.containerId()).exec();
            if (c.getState() != null && Boolean.TRUE.equals(c.getState().getRunning())) {
                return t.containerId();
            }
        } catch (RuntimeException e) {
            if (!OpsErrors.isNotFound(e)) {
                throw e;
            }
        }
        for (JsonNode task : tasks(t.serviceId())) {
            if (task.path("Slot").asInt() == t.slot() && "running".equals(task.path("DesiredState").asText())
                    && "running".equals(task.path("Status").path("State").asText())) {
                return task.path("Status").path("ContainerStatus").path("ContainerID").asText(null);
            }
        }
        return null;
    }

    private JsonNode tasks(String serviceId) {
        return http.get("/tasks?filters=" + EngineHttp.filters(Map.of("service", List.of(serviceId))));
    }

    private List<Target> serviceTargets(String service) {
        JsonNode s;
        try {
            s = services.inspect(service);
        } catch (RuntimeException e) {
            throw errors.translate(e, "exec-restart", "service " + service);
        }
        String id = s.path("ID").asText();
        String name = s.path("Spec").path("Name").asText();
        List<Target> out = new ArrayList<>();
        for (JsonNode task : tasks(id)) {
            if ("running".equals(task.path("DesiredState").asText()) && "running".equals(task.path("Status").path("State").asText())) {
                String cid = task.path("Status").path("ContainerStatus").path("ContainerID").asText(null);
                if (cid != null) {
                    int slot = task.path("Slot").asInt();
                    // the container name swarm gives a task: SERVICE.SLOT.TASKID (global: SERVICE.NODEID.TASKID)
                    out.add(new Target(cid, name + "." + (slot > 0 ? slot : task.path("NodeID").asText()) + "."
                            + task.path("ID").asText(), id, name, slot));
                }
            }
        }
        if (out.isEmpty()) {
            throw new EngineException(Kind.BAD_REQUEST, "Service " + name + " has no running replica to exec-restart; "
                    + "force-update the service instead.");
        }
        out.sort(Comparator.comparingInt(Target::slot));
        LOG.debug("exec-restart of {}: {} replicas", name, out.size());
        return out;
    }

    private Target containerTarget(String container) {
        try {
            InspectContainerResponse c = client.inspectContainerCmd(container).exec();
            String name = c.getName() == null ? container : c.getName().replaceFirst("^/", "");
            Map<String, String> labels = c.getConfig() == null || c.getConfig().getLabels() == null ? Map.of() : c.getConfig().getLabels();
            String serviceId = labels.get("com.docker.swarm.service.id");
            String serviceName = labels.get("com.docker.swarm.service.name");
            return new Target(c.getId(), name, serviceId, serviceName, slotOf(labels.get("com.docker.swarm.task.name")));
        } catch (RuntimeException e) {
            throw errors.translate(e, "exec-restart", "container " + container);
        }
    }

    /** A task container's task name is SERVICE.SLOT.TASKID (global services: SERVICE.NODEID.TASKID). */
    static int slotOf(String taskName) {
        if (taskName == null) {
            return 0;
        }
        String[] parts = taskName.split("\\.");
        try {
            return parts.length >= 3 ? Integer.parseInt(parts[parts.length - 2]) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String shortId(String id) {
        return id == null ? "?" : id.substring(0, Math.min(12, id.length()));
    }
}
