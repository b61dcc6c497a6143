package dev.gantry.adapter.docker.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.api.deploy.DeployFailure;
import dev.gantry.adapter.api.deploy.DeployProgress;
import dev.gantry.adapter.api.deploy.DeployResult;
import dev.gantry.adapter.api.deploy.StackDiff;
import dev.gantry.adapter.docker.deploy.RunningStack.RunningService;
import dev.gantry.adapter.docker.deploy.StackPlan.FileObjectPlan;
import dev.gantry.adapter.docker.deploy.StackPlan.NetworkPlan;
import dev.gantry.adapter.docker.deploy.StackPlan.ServicePlan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deploys a {@link StackPlan} to a swarm the way {@code docker stack deploy} does (networks, then
 * secrets and configs, then services), but atomically from the user's view: when a step fails,
 * what this deploy created is removed and the services it updated get their previous spec back.
 * Pruning, which cannot be undone, runs last, only after everything else succeeded.
 */
public final class StackDeployer {

    private static final Logger LOG = LoggerFactory.getLogger(StackDeployer.class);

    private final EngineApi api;

    public StackDeployer(EngineApi api) {
        this.api = api;
    }

    /** What {@link #deploy} would change; reads only. */
    public StackDiff diff(StackPlan plan, boolean prune) {
        return StackDiffer.diff(api, plan, RunningStack.read(api, plan.stack()), prune);
    }

    public DeployResult deploy(StackPlan plan, boolean prune, DeployProgress progress) {
        Run run = new Run(plan, progress);
        try {
            run.apply(prune);
            return new DeployResult(plan.stack(), run.applied, Optional.empty(), List.of(), List.of());
        } catch (StepFailed f) {
            LOG.warn("deploy of stack {} failed at {}: {}", plan.stack(), f.step, f.cause.getMessage());
            progress.step("Failed: " + f.step + ": " + f.cause.getMessage());
            List<String> issues = new ArrayList<>();
            List<String> undone = run.journal.undo(api, issues);
            undone.forEach(u -> progress.step("Undone: " + u));
            issues.forEach(i -> progress.step("Rollback problem: " + i));
            DeployFailure failure = new DeployFailure(f.step, f.cause.kind(), f.cause.getMessage());
            return new DeployResult(plan.stack(), run.applied, Optional.of(failure), undone, issues);
        }
    }

    private static final class StepFailed extends Exception {
        final String step;
        final EngineException cause;

        StepFailed(String step, EngineException cause) {
            super(step, cause, false, false);
            this.step = step;
            this.cause = cause;
        }
    }

    @FunctionalInterface
    private interface Step {
        void run();
    }

    /** One deploy's state: the journal and the steps done. */
    private final class Run {
        final StackPlan plan;
        final DeployProgress progress;
        final DeployJournal journal = new DeployJournal();
        final List<String> applied = new ArrayList<>();
        final Map<String, String> secretIds = new HashMap<>();
        final Map<String, String> configIds = new HashMap<>();
        RunningStack running;

        Run(StackPlan plan, DeployProgress progress) {
            this.plan = plan;
            this.progress = progress;
        }

        void step(String name, Step body) throws StepFailed {
            try {
                body.run();
            } catch (EngineException e) {
                throw new StepFailed(name, e);
            } catch (RuntimeException e) {
                throw new StepFailed(name, new EngineException(EngineException.Kind.UNKNOWN,
                        "Unexpected failure: " + e.getMessage(), e));
            }
            applied.add(name);
            progress.step(name);
        }

        void apply(boolean prune) throws StepFailed {
            step("read stack " + plan.stack(), () -> running = RunningStack.read(api, plan.stack()));
            for (String external : plan.externalNetworks()) {
                step("check external network " + external, () -> checkExternal(external));
            }
            for (NetworkPlan n : plan.networks()) {
                if (!running.networks().containsKey(n.name())) {
                    step("create network " + n.name(), () -> createNetwork(n));
                }
            }
            for (FileObjectPlan s : plan.secrets()) {
                fileObject(SwarmObjects.SECRET, s, secretIds);
            }
            for (FileObjectPlan c : plan.configs()) {
                fileObject(SwarmObjects.CONFIG, c, configIds);
            }
            for (ServicePlan s : plan.services()) {
                RunningService current = running.services().get(s.name());
                step((current == null ? "create" : "update") + " service " + s.name(), () -> {
                    resolveExternalReferences(s.spec());
                    ObjectNode spec = ServiceSpecs.resolveReferences(s.spec(), secretIds, configIds, s.name());
                    if (current == null) {
                        journal.createdService(s.name(), api.post("/services/create", spec).path("ID").asText());
                    } else {
                        ServiceUpdater.update(api, current, fresh -> ServiceSpecs.forUpdate(spec, fresh));
                        journal.updatedService(s.name(), current.id(), current.spec());
                    }
                });
            }
            if (prune) {
                Set<String> planned = new HashSet<>();
                plan.services().forEach(s -> planned.add(s.name()));
                for (Map.Entry<String, RunningService> e : running.services().entrySet()) {
                    if (!planned.contains(e.getKey())) {
                        step("remove service " + e.getKey(),
                                () -> api.delete("/services/" + EngineApi.encode(e.getValue().id())));
                    }
                }
            }
        }

        private void checkExternal(String name) {
            JsonNode network;
            try {
                network = api.get("/networks/" + EngineApi.encode(name));
            } catch (EngineException e) {
                if (e.kind() == EngineException.Kind.NOT_FOUND) {
                    throw new EngineException(EngineException.Kind.NOT_FOUND, "Network \"" + name
                            + "\" is declared as external, but could not be found. Create a swarm-scoped network"
                            + " before deploying the stack.");
                }
                throw e;
            }
            String scope = network.path("Scope").asText();
            if (!"swarm".equals(scope) && !isPredefined(name)) {
                throw new EngineException(EngineException.Kind.BAD_REQUEST, "Network \"" + name
                        + "\" is declared as external, but its scope is \"" + scope + "\" instead of \"swarm\".");
            }
        }

        private boolean isPredefined(String name) {
            return name.equals("host") || name.equals("bridge") || name.equals("none");
        }

        private void createNetwork(NetworkPlan n) {
            ObjectNode body = n.create();
            body.put("Name", n.name());
            if (body.path("Driver").asText("").isEmpty()) {
                body.put("Driver", "overlay");
            }
            journal.createdNetwork(n.name(), api.post("/networks/create", body).path("Id").asText());
        }

        private void fileObject(SwarmObjects type, FileObjectPlan p, Map<String, String> ids) throws StepFailed {
            ObjectNode spec = type.spec(p);
            AtomicReference<Optional<JsonNode>> existing = new AtomicReference<>();
            step("inspect " + type.noun + " " + p.name(), () -> existing.set(type.inspect(api, p.name())));
            if (existing.get().isEmpty()) {
                step("create " + type.noun + " " + p.name(), () -> {
                    String id = type.create(api, spec);
                    journal.createdObject(type, p.name(), id);
                    ids.put(p.name(), id);
                });
                return;
            }
            JsonNode current = existing.get().get();
            String id = current.path("ID").asText();
            ids.put(p.name(), id);
            if (type.differs(current, spec)) {
                step("update " + type.noun + " " + p.name(), () -> {
                    type.update(api, id, current.path("Version").path("Index").asLong(), spec);
                    journal.updatedObject(type, p.name(), id, current.path("Spec"));
                });
            }
        }

        /** External secrets and configs (not in the plan) are looked up by name, as the CLI does. */
        private void resolveExternalReferences(ObjectNode spec) {
            JsonNode container = spec.path("TaskTemplate").path("ContainerSpec");
            for (JsonNode ref : container.path("Secrets")) {
                lookup(SwarmObjects.SECRET, ref.path("SecretName").asText(), secretIds);
            }
            for (JsonNode ref : container.path("Configs")) {
                lookup(SwarmObjects.CONFIG, ref.path("ConfigName").asText(), configIds);
            }
        }

        private void lookup(SwarmObjects type, String name, Map<String, String> ids) {
            if (!ids.containsKey(name)) {
                type.inspect(api, name).ifPresent(o -> ids.put(name, o.path("ID").asText()));
            }
        }
    }
}
