package dev.gantry.adapter.docker.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.dockerjava.api.DockerClient;
import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.api.EngineException.Kind;
import dev.gantry.adapter.api.ops.ProgressWatch;
import dev.gantry.adapter.api.ops.ReplicaInput;
import dev.gantry.adapter.api.ops.ServiceOperations;
import dev.gantry.adapter.api.ops.ServiceProgress;
import dev.gantry.adapter.api.ops.ServiceUpdateRequest;
import dev.gantry.adapter.api.ops.StackChange;
import dev.gantry.adapter.api.ops.WatchGoal;
import dev.gantry.adapter.ops.StackChangeLog;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** Service operations over the Engine API's raw JSON (see the package documentation for why). */
final class DockerServiceOperations implements ServiceOperations {

    static final String STACK_LABEL = "com.docker.stack.namespace";
    private final DockerClient client;
    private final EngineHttp http;
    private final OpsErrors errors;
    private final StackChangeLog changes;

    DockerServiceOperations(DockerClient client, EngineHttp http, OpsErrors errors, StackChangeLog changes) {
        this.client = client;
        this.http = http;
        this.errors = errors;
        this.changes = changes;
    }

    @Override
    public void scale(String service, long replicas) {
        ReplicaInput.Result check = ReplicaInput.check(replicas);
        if (!check.valid()) {
            throw new EngineException(Kind.BAD_REQUEST, "Cannot scale service " + service + ": " + check.error());
        }
        change(service, "scale", spec -> {
            if (spec.path("Mode").has("Global")) {
                throw new EngineException(Kind.BAD_REQUEST, "Service " + service
                        + " is global: it runs one task on every eligible node, so it cannot be scaled.");
            }
            if (!spec.path("Mode").has("Replicated")) {
                throw new EngineException(Kind.BAD_REQUEST, "Service " + service
                        + " is a job, not a replicated service, so it cannot be scaled.");
            }
            return SpecEditor.scaled(spec, replicas);
        }, false);
    }

    @Override
    public void update(String service, ServiceUpdateRequest request) {
        if (request.isEmpty()) {
            throw new EngineException(Kind.BAD_REQUEST, "Nothing to update for service " + service
                    + ": choose an image, an environment change or an update policy.");
        }
        if (request.image() != null && !request.image().isBlank() && !request.image().strip().matches("[^\\s]+")) {
            throw new EngineException(Kind.BAD_REQUEST, "\"" + request.image() + "\" is not an image reference (no spaces allowed).");
        }
        remember(change(service, "update", spec -> SpecEditor.updated(spec, request), false));
    }

    @Override
    public void resumeUpdate(String service) {
        change(service, "resume the update of", spec -> spec.deepCopy(), false);
    }

    @Override
    public void rollback(String service) {
        change(service, "roll back", spec -> spec.deepCopy(), true);
    }

    @Override
    public void forceRedeploy(String service) {
        change(service, "re-deploy", SpecEditor::forced, false);
    }

    @Override
    public void remove(String service) {
        try {
            client.removeServiceCmd(service).exec();
        } catch (RuntimeException e) {
            throw errors.translate(e, "remove", "service " + service);
        }
    }

    @Override
    public ServiceProgress progress(String service) {
        return read(service, WatchGoal.CONVERGED);
    }

    ServiceProgress read(String service, WatchGoal goal) {
        try {
            JsonNode s = inspect(service);
            JsonNode tasks = http.get("/tasks?filters=" + EngineHttp.filters(Map.of("service", List.of(s.path("ID").asText()))));
            return ProgressCalculator.compute(s, tasks, goal);
        } catch (RuntimeException e) {
            throw errors.translate(e, "read", "service " + service);
        }
    }

    @Override
    public ProgressWatch watch(String service, WatchGoal goal, Duration timeout, Consumer<ServiceProgress> listener) {
        return ServiceWatch.start(client, () -> read(service, goal), timeout, listener);
    }

    JsonNode inspect(String service) {
        return http.get("/services/" + encode(service));
    }

    /**
     * Reads the service, edits its spec and sends it with that read's Version.Index; on "update out
     * of sequence" (someone else changed it meanwhile) reads again and retries once.
     */
    JsonNode change(String service, String action, UnaryOperator<JsonNode> edit, boolean rollback) {
        RuntimeException last = null;
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                JsonNode current = inspect(service);
                if (rollback && current.path("PreviousSpec").isMissingNode()) {
                    throw new EngineException(Kind.BAD_REQUEST, "Service " + service
                            + " has no previous version to roll back to: it was never updated.");
                }
                ObjectNode spec = (ObjectNode) edit.apply(current.path("Spec"));
                long version = current.path("Version").path("Index").asLong();
                String path = "/services/" + encode(current.path("ID").asText()) + "/update?version=" + version
                        + (rollback ? "&rollback=previous" : "");
                http.post(path, spec);
                return current;
            } catch (EngineException e) {
                throw e;
            } catch (RuntimeException e) {
                last = e;
                if (!OpsErrors.isOutOfSequence(e)) {
                    break;
                }
            }
        }
        throw errors.translate(last, action, "service " + service);
    }

    /** Notes which stack this update changed, for a later stack rollback. */
    private void remember(JsonNode service) {
        String stack = service.path("Spec").path("Labels").path(STACK_LABEL).asText(null);
        if (stack != null) {
            changes.record(new StackChange(stack, Instant.now(), List.of(service.path("Spec").path("Name").asText())));
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
