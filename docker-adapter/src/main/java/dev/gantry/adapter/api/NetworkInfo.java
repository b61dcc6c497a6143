package dev.gantry.adapter.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One network.
 *
 * @param scope      local or swarm
 * @param stack      the com.docker.stack.namespace label, or null
 * @param containers names of the containers attached to it on this engine
 * @param services   names of the swarm services attached to it
 */
public record NetworkInfo(String id, String name, String driver, String scope, Instant createdAt,
                          boolean internal, boolean attachable, boolean ingress, String stack,
                          Map<String, String> labels, List<String> containers, List<String> services) {

    public NetworkInfo {
        labels = Map.copyOf(labels);
        containers = List.copyOf(containers);
        services = List.copyOf(services);
    }

    public boolean inUse() {
        return !containers.isEmpty() || !services.isEmpty();
    }

    /** bridge, host and none exist on every engine and cannot be removed. */
    public boolean predefined() {
        return "bridge".equals(name) || "host".equals(name) || "none".equals(name);
    }
}
