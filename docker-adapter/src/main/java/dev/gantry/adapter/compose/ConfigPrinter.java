package dev.gantry.adapter.compose;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.gantry.adapter.compose.model.ComposeProject;
import dev.gantry.adapter.compose.model.DeployConfig;
import dev.gantry.adapter.compose.model.FileObjectConfig;
import dev.gantry.adapter.compose.model.FileReference;
import dev.gantry.adapter.compose.model.HealthCheckConfig;
import dev.gantry.adapter.compose.model.NetworkConfig;
import dev.gantry.adapter.compose.model.ServiceConfig;
import dev.gantry.adapter.compose.model.ServiceNetworkConfig;
import dev.gantry.adapter.compose.model.ServicePortConfig;
import dev.gantry.adapter.compose.model.ServiceVolumeConfig;
import dev.gantry.adapter.compose.model.UlimitsConfig;
import dev.gantry.adapter.compose.model.UpdateConfig;
import dev.gantry.adapter.compose.model.VolumeConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Prints a project in the shape {@code docker stack config} prints it: the CLI's types with
 * "omitempty" (empty and zero fields left out), durations in Go form, sizes as strings of bytes,
 * ports, volumes, secrets and configs in long form, maps sorted by key.
 */
public final class ConfigPrinter {

    /** The project as a plain tree (maps, lists, strings, numbers, booleans, nulls). */
    public Map<String, Object> tree(ComposeProject p) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", p.version());
        Map<String, Object> services = new TreeMap<>();
        p.services().forEach((name, s) -> services.put(name, service(s)));
        root.put("services", services);
        putMap(root, "networks", p.networks(), this::network);
        putMap(root, "volumes", p.volumes(), this::volume);
        putMap(root, "secrets", p.secrets(), this::fileObject);
        putMap(root, "configs", p.configs(), this::fileObject);
        root.putAll(new TreeMap<>(p.extensions()));
        return root;
    }

    public String yaml(ComposeProject p) {
        DumperOptions o = new DumperOptions();
        o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        o.setIndent(2);
        o.setIndicatorIndent(2);
        o.setIndentWithIndicator(true);
        o.setWidth(Integer.MAX_VALUE);
        return new Yaml(o).dump(tree(p));
    }

    public String json(ComposeProject p) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(tree(p)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface Mapper<V> {
        Object apply(V v);
    }

    private static <V> void putMap(Map<String, Object> into, String key, Map<String, V> values, Mapper<V> mapper) {
        if (values.isEmpty()) {
            return;
        }
        Map<String, Object> m = new TreeMap<>();
        values.forEach((k, v) -> m.put(k, v == null ? null : mapper.apply(v)));
        into.put(key, m);
    }

    private Map<String, Object> service(ServiceConfig s) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (s.build() != null) {
            Map<String, Object> b = new LinkedHashMap<>();
            put(b, "context", s.build().context());
            put(b, "dockerfile", s.build().dockerfile());
            put(b, "args", sorted(s.build().args()));
            put(b, "labels", sorted(s.build().labels()));
            put(b, "cache_from", s.build().cacheFrom());
            put(b, "extra_hosts", s.build().extraHosts());
            put(b, "network", s.build().network());
            put(b, "target", s.build().target());
            put(m, "build", b);
        }
        put(m, "cap_add", s.capAdd());
        put(m, "cap_drop", s.capDrop());
        put(m, "cgroupns_mode", s.cgroupnsMode());
        put(m, "cgroup_parent", s.cgroupParent());
        put(m, "command", s.command());
        put(m, "configs", refs(s.configs()));
        put(m, "container_name", s.containerName());
        if (s.credentialSpec() != null) {
            Map<String, Object> c = new LinkedHashMap<>();
            put(c, "config", s.credentialSpec().config());
            put(c, "file", s.credentialSpec().file());
            put(c, "registry", s.credentialSpec().registry());
            put(m, "credential_spec", c);
        }
        put(m, "depends_on", s.dependsOn());
        put(m, "deploy", deploy(s.deploy()));
        put(m, "devices", s.devices());
        put(m, "dns", s.dns());
        put(m, "dns_search", s.dnsSearch());
        put(m, "domainname", s.domainName());
        put(m, "entrypoint", s.entrypoint());
        if (!s.environment().isEmpty()) {
            m.put("environment", sorted(s.environment()));
        }
        put(m, "env_file", s.envFile());
        put(m, "expose", s.expose());
        put(m, "external_links", s.externalLinks());
        put(m, "extra_hosts", s.extraHosts());
        put(m, "hostname", s.hostname());
        if (s.healthcheck() != null) {
            m.put("healthcheck", healthcheck(s.healthcheck()));
        }
        put(m, "image", s.image());
        if (s.init() != null) {
            m.put("init", s.init());
        }
        put(m, "ipc", s.ipc());
        put(m, "isolation", s.isolation());
        put(m, "labels", sorted(s.labels()));
        put(m, "links", s.links());
        if (s.logging() != null) {
            Map<String, Object> l = new LinkedHashMap<>();
            put(l, "driver", s.logging().driver());
            put(l, "options", sorted(s.logging().options()));
            m.put("logging", l);
        }
        put(m, "mac_address", s.macAddress());
        put(m, "network_mode", s.networkMode());
        if (!s.networks().isEmpty()) {
            Map<String, Object> n = new TreeMap<>();
            s.networks().forEach((k, v) -> n.put(k, v == null ? null : serviceNetwork(v)));
            m.put("networks", n);
        }
        put(m, "pid", s.pid());
        List<Object> ports = new ArrayList<>();
        s.ports().forEach(p -> ports.add(port(p)));
        put(m, "ports", ports);
        putTrue(m, "privileged", s.privileged());
        putTrue(m, "read_only", s.readOnly());
        put(m, "restart", s.restart());
        put(m, "secrets", refs(s.secrets()));
        put(m, "security_opt", s.securityOpt());
        put(m, "shm_size", s.shmSize());
        putTrue(m, "stdin_open", s.stdinOpen());
        put(m, "stop_grace_period", duration(s.stopGracePeriod()));
        put(m, "stop_signal", s.stopSignal());
        put(m, "sysctls", sorted(s.sysctls()));
        put(m, "tmpfs", s.tmpfs());
        putTrue(m, "tty", s.tty());
        if (!s.ulimits().isEmpty()) {
            Map<String, Object> u = new TreeMap<>();
            s.ulimits().forEach((k, v) -> u.put(k, ulimit(v)));
            m.put("ulimits", u);
        }
        put(m, "user", s.user());
        put(m, "userns_mode", s.usernsMode());
        List<Object> volumes = new ArrayList<>();
        s.volumes().forEach(v -> volumes.add(serviceVolume(v)));
        put(m, "volumes", volumes);
        put(m, "working_dir", s.workingDir());
        m.putAll(new TreeMap<>(s.extensions()));
        return m;
    }

    private static Object ulimit(UlimitsConfig u) {
        if (u.single() != 0) {
            return u.single();
        }
        Map<String, Object> m = new LinkedHashMap<>();
        putNonZero(m, "soft", u.soft());
        putNonZero(m, "hard", u.hard());
        return m;
    }

    private static Map<String, Object> serviceNetwork(ServiceNetworkConfig n) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "aliases", n.aliases());
        put(m, "ipv4_address", n.ipv4Address());
        put(m, "ipv6_address", n.ipv6Address());
        put(m, "driver_opts", sorted(n.driverOpts()));
        return m;
    }

    private static Map<String, Object> port(ServicePortConfig p) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "mode", p.mode());
        putNonZero(m, "target", p.target());
        putNonZero(m, "published", p.published());
        put(m, "protocol", p.protocol());
        return m;
    }

    private static Map<String, Object> serviceVolume(ServiceVolumeConfig v) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "type", v.type());
        put(m, "source", v.source());
        put(m, "target", v.target());
        putTrue(m, "read_only", v.readOnly());
        put(m, "consistency", v.consistency());
        if (v.bind() != null) {
            Map<String, Object> b = new LinkedHashMap<>();
            put(b, "propagation", v.bind().propagation());
            m.put("bind", b);
        }
        if (v.volume() != null) {
            Map<String, Object> b = new LinkedHashMap<>();
            putTrue(b, "nocopy", v.volume().noCopy());
            m.put("volume", b);
        }
        if (v.tmpfs() != null) {
            Map<String, Object> b = new LinkedHashMap<>();
            putNonZero(b, "size", v.tmpfs().size());
            m.put("tmpfs", b);
        }
        return m;
    }

    private static List<Object> refs(List<FileReference> refs) {
        List<Object> out = new ArrayList<>();
        for (FileReference r : refs) {
            Map<String, Object> m = new LinkedHashMap<>();
            put(m, "source", r.source());
            put(m, "target", r.target());
            put(m, "uid", r.uid());
            put(m, "gid", r.gid());
            if (r.mode() != null) {
                m.put("mode", r.mode());
            }
            out.add(m);
        }
        return out;
    }

    private static Map<String, Object> healthcheck(HealthCheckConfig h) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "test", h.test());
        put(m, "timeout", duration(h.timeout()));
        put(m, "interval", duration(h.interval()));
        if (h.retries() != null) {
            m.put("retries", h.retries());
        }
        put(m, "start_period", duration(h.startPeriod()));
        put(m, "start_interval", duration(h.startInterval()));
        putTrue(m, "disable", h.disable());
        return m;
    }

    private static Map<String, Object> deploy(DeployConfig d) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "mode", d.mode());
        if (d.replicas() != null) {
            m.put("replicas", d.replicas());
        }
        put(m, "labels", sorted(d.labels()));
        put(m, "update_config", update(d.updateConfig()));
        put(m, "rollback_config", update(d.rollbackConfig()));
        Map<String, Object> resources = new LinkedHashMap<>();
        if (d.resources().limits() != null) {
            Map<String, Object> l = new LinkedHashMap<>();
            put(l, "cpus", d.resources().limits().cpus());
            if (d.resources().limits().memoryBytes() != 0) {
                l.put("memory", Long.toString(d.resources().limits().memoryBytes()));
            }
            putNonZero(l, "pids", d.resources().limits().pids());
            resources.put("limits", l);
        }
        if (d.resources().reservations() != null) {
            Map<String, Object> r = new LinkedHashMap<>();
            put(r, "cpus", d.resources().reservations().cpus());
            if (d.resources().reservations().memoryBytes() != 0) {
                r.put("memory", Long.toString(d.resources().reservations().memoryBytes()));
            }
            List<Object> generic = new ArrayList<>();
            d.resources().reservations().genericResources().forEach(g -> {
                Map<String, Object> spec = new LinkedHashMap<>();
                spec.put("kind", g.kind());
                spec.put("value", g.value());
                generic.add(Map.of("discrete_resource_spec", spec));
            });
            put(r, "generic_resources", generic);
            resources.put("reservations", r);
        }
        put(m, "resources", resources);
        if (d.restartPolicy() != null) {
            Map<String, Object> r = new LinkedHashMap<>();
            put(r, "condition", d.restartPolicy().condition());
            put(r, "delay", duration(d.restartPolicy().delay()));
            if (d.restartPolicy().maxAttempts() != null) {
                r.put("max_attempts", d.restartPolicy().maxAttempts());
            }
            put(r, "window", duration(d.restartPolicy().window()));
            m.put("restart_policy", r);
        }
        Map<String, Object> placement = new LinkedHashMap<>();
        put(placement, "constraints", d.placement().constraints());
        List<Object> prefs = new ArrayList<>();
        d.placement().preferences().forEach(p -> {
            Map<String, Object> pm = new LinkedHashMap<>();
            put(pm, "spread", p.spread());
            prefs.add(pm);
        });
        put(placement, "preferences", prefs);
        putNonZero(placement, "max_replicas_per_node", d.placement().maxReplicasPerNode());
        put(m, "placement", placement);
        put(m, "endpoint_mode", d.endpointMode());
        return m;
    }

    private static Map<String, Object> update(UpdateConfig u) {
        if (u == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        if (u.parallelism() != null) {
            m.put("parallelism", u.parallelism());
        }
        put(m, "delay", durationOmitZero(u.delay()));
        put(m, "failure_action", u.failureAction());
        put(m, "monitor", durationOmitZero(u.monitor()));
        if (u.maxFailureRatio() != 0) {
            m.put("max_failure_ratio", Double.parseDouble(Float.toString((float) u.maxFailureRatio())));
        }
        put(m, "order", u.order());
        return m;
    }

    private Map<String, Object> network(NetworkConfig n) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "name", n.name());
        put(m, "driver", n.driver());
        put(m, "driver_opts", sorted(n.driverOpts()));
        Map<String, Object> ipam = new LinkedHashMap<>();
        put(ipam, "driver", n.ipam().driver());
        List<Object> configs = new ArrayList<>();
        n.ipam().subnets().forEach(s -> {
            Map<String, Object> c = new LinkedHashMap<>();
            put(c, "subnet", s);
            configs.add(c);
        });
        put(ipam, "config", configs);
        put(m, "ipam", ipam);
        putTrue(m, "external", n.external());
        putTrue(m, "internal", n.internal());
        putTrue(m, "attachable", n.attachable());
        put(m, "labels", sorted(n.labels()));
        m.putAll(new TreeMap<>(n.extensions()));
        return m;
    }

    private Map<String, Object> volume(VolumeConfig v) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "name", v.name());
        put(m, "driver", v.driver());
        put(m, "driver_opts", sorted(v.driverOpts()));
        putTrue(m, "external", v.external());
        put(m, "labels", sorted(v.labels()));
        m.putAll(new TreeMap<>(v.extensions()));
        if (v.clusterSpec() != null) {
            m.put("x-cluster-spec", v.clusterSpec());
        }
        return m;
    }

    private Map<String, Object> fileObject(FileObjectConfig f) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "name", f.name());
        put(m, "file", f.file());
        putTrue(m, "external", f.external());
        put(m, "labels", sorted(f.labels()));
        put(m, "driver", f.driver());
        put(m, "driver_opts", sorted(f.driverOpts()));
        put(m, "template_driver", f.templateDriver());
        m.putAll(new TreeMap<>(f.extensions()));
        return m;
    }

    private static String duration(Duration d) {
        return d == null ? null : GoDuration.format(d);
    }

    private static String durationOmitZero(Duration d) {
        return d == null || d.isZero() ? null : GoDuration.format(d);
    }

    private static <V> Map<String, V> sorted(Map<String, V> m) {
        return new TreeMap<>(m);
    }

    private static void put(Map<String, Object> m, String key, Object value) {
        if (value == null || value instanceof String s && s.isEmpty() || value instanceof List<?> l && l.isEmpty()
                || value instanceof Map<?, ?> mm && mm.isEmpty()) {
            return;
        }
        m.put(key, value);
    }

    private static void putTrue(Map<String, Object> m, String key, boolean value) {
        if (value) {
            m.put(key, true);
        }
    }

    private static void putNonZero(Map<String, Object> m, String key, long value) {
        if (value != 0) {
            m.put(key, value);
        }
    }
}
