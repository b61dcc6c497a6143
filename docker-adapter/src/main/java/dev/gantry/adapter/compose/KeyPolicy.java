package dev.gantry.adapter.compose;

import java.util.Map;
import java.util.TreeMap;

/**
 * Stage 3: what {@code docker stack deploy} does with service keys a swarm cannot honour.
 * Forbidden keys are errors (the CLI refuses the file); unsupported keys are ignored with a warning
 * (the CLI prints "Ignoring unsupported options"); deprecated keys and keys the stack deploy
 * silently ignores get warnings too, one per service and key, at the key.
 */
final class KeyPolicy {
    static final Map<String, String> FORBIDDEN = new TreeMap<>(Map.of(
            "extends", "Support for `extends` is not implemented yet.",
            "volume_driver", "Instead of setting the volume driver on the service, define a volume using the "
                    + "top-level `volumes` option and specify the driver there.",
            "volumes_from", "To share a volume between services, define it using the top-level `volumes` option "
                    + "and reference it from each service that shares it using the service-level `volumes` option.",
            "cpu_quota", "Set resource limits using deploy.resources",
            "cpu_shares", "Set resource limits using deploy.resources",
            "cpuset", "Set resource limits using deploy.resources",
            "mem_limit", "Set resource limits using deploy.resources",
            "memswap_limit", "Set resource limits using deploy.resources"));

    static final java.util.List<String> UNSUPPORTED = java.util.List.of("build", "cgroupns_mode", "cgroup_parent",
            "devices", "domainname", "external_links", "ipc", "links", "mac_address", "network_mode", "pid",
            "privileged", "restart", "security_opt", "shm_size", "userns_mode");

    static final Map<String, String> DEPRECATED = Map.of(
            "container_name", "Setting the container name is not supported.",
            "expose", "Exposing ports is unnecessary - services on the same network can access each other's "
                    + "containers on any port.");

    static final Map<String, String> IGNORED = Map.of(
            "depends_on", "docker stack deploy ignores depends_on: swarm services start in no particular order.");

    void apply(YNode.Mapping root, Diagnostics out) {
        YNode.Mapping services = Binder.map(root.get("services"));
        if (services == null) {
            return;
        }
        for (YNode.Entry service : services.entries()) {
            YNode.Mapping def = Binder.map(service.value());
            if (def == null) {
                continue;
            }
            String name = service.key();
            for (YNode.Entry e : def.entries()) {
                String key = e.key();
                if (FORBIDDEN.containsKey(key)) {
                    out.error(e.keyPosition(), "services." + name + "." + key + " is forbidden in a stack file: "
                            + FORBIDDEN.get(key));
                } else if (UNSUPPORTED.contains(key)) {
                    out.add(Diagnostic.warning(out.file(), e.keyPosition(), "services." + name + "." + key
                            + " is not supported by docker stack deploy and is ignored"));
                } else if (DEPRECATED.containsKey(key)) {
                    out.add(Diagnostic.warning(out.file(), e.keyPosition(), "services." + name + "." + key
                            + " is deprecated: " + DEPRECATED.get(key)));
                } else if (IGNORED.containsKey(key)) {
                    out.add(Diagnostic.warning(out.file(), e.keyPosition(), "services." + name + "." + key + ": "
                            + IGNORED.get(key)));
                }
            }
            if (def.has("build") && Binder.str(def.get("image")) == null) {
                out.add(Diagnostic.warning(out.file(), service.keyPosition(), "service " + name
                        + " uses build: and has no image; a swarm cannot build images, so it cannot be deployed"));
            }
        }
    }
}
