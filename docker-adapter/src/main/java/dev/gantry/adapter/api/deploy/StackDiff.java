package dev.gantry.adapter.api.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a deploy would change, computed before anything is applied and shown to the user.
 *
 * @param stack     the stack name
 * @param services  one entry per service of the plan, plus the running services the plan no longer has
 * @param resources networks, secrets and configs
 */
public record StackDiff(String stack, List<ServiceChange> services, List<ResourceChange> resources) {

    public StackDiff {
        Objects.requireNonNull(stack, "stack");
        services = List.copyOf(services);
        resources = List.copyOf(resources);
    }

    /** True when applying would change nothing. */
    public boolean isEmpty() {
        return services.stream().allMatch(s -> s.kind() == ChangeKind.UNCHANGED)
                && resources.stream().allMatch(r -> r.kind() == ChangeKind.UNCHANGED);
    }

    public List<ServiceChange> services(ChangeKind kind) {
        return services.stream().filter(s -> s.kind() == kind).toList();
    }

    public List<ResourceChange> resources(String type, ChangeKind kind) {
        return resources.stream().filter(r -> r.type().equals(type) && r.kind() == kind).toList();
    }

    /** The diff as lines for a terminal or a plain text view. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        for (ResourceChange r : resources) {
            if (r.kind() != ChangeKind.UNCHANGED) {
                out.add(symbol(r.kind()) + " " + r.type() + " " + r.name());
            }
        }
        for (ServiceChange s : services) {
            out.add(symbol(s.kind()) + " service " + s.name() + (s.kind() == ChangeKind.UNCHANGED ? " (unchanged)" : ""));
            for (FieldChange f : s.changes()) {
                out.add("    " + f.describe());
            }
        }
        return out;
    }

    private static String symbol(ChangeKind kind) {
        return switch (kind) {
            case ADDED -> "+";
            case REMOVED -> "-";
            case CHANGED -> "~";
            case UNCHANGED -> "=";
        };
    }
}
