package dev.gantry.adapter.docker.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.adapter.api.deploy.ChangeKind;
import dev.gantry.adapter.api.deploy.FieldChange;
import dev.gantry.adapter.api.deploy.ResourceChange;
import dev.gantry.adapter.api.deploy.ServiceChange;
import dev.gantry.adapter.api.deploy.StackDiff;
import dev.gantry.adapter.docker.deploy.RunningStack.RunningService;
import dev.gantry.adapter.docker.deploy.StackPlan.FileObjectPlan;
import dev.gantry.adapter.docker.deploy.StackPlan.NetworkPlan;
import dev.gantry.adapter.docker.deploy.StackPlan.ServicePlan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Computes the {@link StackDiff} of a plan against what runs; reads only. */
final class StackDiffer {

    private StackDiffer() {
    }

    static StackDiff diff(EngineApi api, StackPlan plan, RunningStack running, boolean prune) {
        List<ResourceChange> resources = new ArrayList<>();
        for (NetworkPlan n : plan.networks()) {
            resources.add(new ResourceChange("network", n.name(),
                    running.networks().containsKey(n.name()) ? ChangeKind.UNCHANGED : ChangeKind.ADDED));
        }
        objects(api, SwarmObjects.SECRET, plan.secrets(), resources);
        objects(api, SwarmObjects.CONFIG, plan.configs(), resources);

        Map<String, String> networkNames = networkNames(api);
        List<ServiceChange> services = new ArrayList<>();
        Set<String> planned = new HashSet<>();
        for (ServicePlan s : plan.services()) {
            planned.add(s.name());
            RunningService current = running.services().get(s.name());
            if (current == null) {
                services.add(new ServiceChange(s.name(), ChangeKind.ADDED, List.of()));
                continue;
            }
            ObjectNode wanted = ServiceSpecs.forUpdate(s.spec(), current);
            List<FieldChange> changes = SpecDiffer.diff(withNetworkNames(current.spec(), networkNames), wanted);
            services.add(new ServiceChange(s.name(), changes.isEmpty() ? ChangeKind.UNCHANGED : ChangeKind.CHANGED,
                    changes));
        }
        if (prune) {
            running.services().keySet().stream().filter(name -> !planned.contains(name)).sorted()
                    .forEach(name -> services.add(new ServiceChange(name, ChangeKind.REMOVED, List.of())));
        }
        return new StackDiff(plan.stack(), services, resources);
    }

    /** ID to name of every network: the engine stores attachment targets as IDs. */
    static Map<String, String> networkNames(EngineApi api) {
        Map<String, String> names = new HashMap<>();
        for (JsonNode n : api.get("/networks")) {
            names.put(n.path("Id").asText(), n.path("Name").asText());
        }
        return names;
    }

    /** A copy of the spec with network attachment targets written as names. */
    static ObjectNode withNetworkNames(ObjectNode spec, Map<String, String> names) {
        ObjectNode copy = spec.deepCopy();
        for (JsonNode list : List.of(copy.path("TaskTemplate").path("Networks"), copy.path("Networks"))) {
            for (JsonNode attachment : list) {
                String target = attachment.path("Target").asText();
                if (names.containsKey(target)) {
                    ((ObjectNode) attachment).put("Target", names.get(target));
                }
            }
        }
        return copy;
    }

    private static void objects(EngineApi api, SwarmObjects type, List<FileObjectPlan> plans,
                                List<ResourceChange> out) {
        for (FileObjectPlan p : plans) {
            Optional<JsonNode> existing = type.inspect(api, p.name());
            ChangeKind kind = existing.isEmpty() ? ChangeKind.ADDED
                    : type.differs(existing.get(), type.spec(p)) ? ChangeKind.CHANGED : ChangeKind.UNCHANGED;
            out.add(new ResourceChange(type.noun, p.name(), kind));
        }
    }
}
