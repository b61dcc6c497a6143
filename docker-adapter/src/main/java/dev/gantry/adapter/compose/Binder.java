package dev.gantry.adapter.compose;

import dev.gantry.adapter.compose.model.BuildConfig;
import dev.gantry.adapter.compose.model.ComposeProject;
import dev.gantry.adapter.compose.model.CredentialSpec;
import dev.gantry.adapter.compose.model.DeployConfig;
import dev.gantry.adapter.compose.model.FileObjectConfig;
import dev.gantry.adapter.compose.model.FileReference;
import dev.gantry.adapter.compose.model.GenericResource;
import dev.gantry.adapter.compose.model.HealthCheckConfig;
import dev.gantry.adapter.compose.model.LoggingConfig;
import dev.gantry.adapter.compose.model.NetworkConfig;
import dev.gantry.adapter.compose.model.Placement;
import dev.gantry.adapter.compose.model.PlacementPreference;
import dev.gantry.adapter.compose.model.ResourceLimit;
import dev.gantry.adapter.compose.model.ResourceReservation;
import dev.gantry.adapter.compose.model.Resources;
import dev.gantry.adapter.compose.model.RestartPolicy;
import dev.gantry.adapter.compose.model.ServiceConfig;
import dev.gantry.adapter.compose.model.ServiceConfigBuilder;
import dev.gantry.adapter.compose.model.ServiceNetworkConfig;
import dev.gantry.adapter.compose.model.ServicePortConfig;
import dev.gantry.adapter.compose.model.ServiceVolumeConfig;
import dev.gantry.adapter.compose.model.UlimitsConfig;
import dev.gantry.adapter.compose.model.UpdateConfig;
import dev.gantry.adapter.compose.model.VolumeConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stage 5: binds a validated tree to the typed records, doing what the CLI's loader does on the
 * way: short syntaxes expanded (ports, volumes, secrets, build), env files merged into the
 * environment, relative paths made absolute, sizes and durations parsed, external names
 * normalised. Problems it finds (a bad volume spec, an unreadable env file) are positioned errors.
 */
final class Binder {
    private final Path workingDir;
    private final Map<String, String> environment;
    private final FileSource files;

    /** Reads env files; a seam for tests. */
    interface FileSource {
        String read(Path path) throws java.io.IOException;
    }

    Binder(Path workingDir, Map<String, String> environment, FileSource files) {
        this.workingDir = workingDir;
        this.environment = environment;
        this.files = files;
    }

    ComposeProject bind(YNode.Mapping root, Path file, Diagnostics out) {
        String version = versionOf(root);
        Map<String, ServiceConfig> services = new TreeMap<>();
        YNode.Mapping servicesNode = map(root.get("services"));
        if (servicesNode != null) {
            for (YNode.Entry e : servicesNode.entries()) {
                YNode.Mapping def = map(e.value());
                services.put(e.key(), service(e.key(), def == null ? empty(e.value()) : def, out));
            }
        }
        Map<String, NetworkConfig> networks = new TreeMap<>();
        forEach(root.get("networks"), (name, def) -> networks.put(name, network(name, def, version, out)));
        Map<String, VolumeConfig> volumes = new TreeMap<>();
        forEach(root.get("volumes"), (name, def) -> volumes.put(name, volume(name, def, version, out)));
        Map<String, FileObjectConfig> secrets = new TreeMap<>();
        forEach(root.get("secrets"), (name, def) -> secrets.put(name, fileObject("secret", name, def, version, out)));
        Map<String, FileObjectConfig> configs = new TreeMap<>();
        forEach(root.get("configs"), (name, def) -> configs.put(name, fileObject("config", name, def, version, out)));
        return new ComposeProject(version, workingDir, List.of(file), services, networks, volumes, secrets, configs,
                extensions(root));
    }

    static String versionOf(YNode.Mapping root) {
        YNode v = root.get("version");
        String s = v instanceof YNode.Scalar sc && sc.value() != null ? GoFormat.sprint(sc.value()) : "";
        return s.isEmpty() || s.equals("3") ? "3.13" : s;
    }

    private interface EntryConsumer {
        void accept(String name, YNode.Mapping def);
    }

    private static void forEach(YNode section, EntryConsumer consumer) {
        YNode.Mapping m = map(section);
        if (m == null) {
            return;
        }
        for (YNode.Entry e : m.entries()) {
            if (e.key().startsWith("x-")) {
                continue;
            }
            YNode.Mapping def = map(e.value());
            consumer.accept(e.key(), def == null ? empty(e.value()) : def);
        }
    }

    private static YNode.Mapping empty(YNode at) {
        return new YNode.Mapping(List.of(), at.position());
    }

    // ---- services

    private ServiceConfig service(String name, YNode.Mapping s, Diagnostics out) {
        ServiceConfigBuilder b = new ServiceConfigBuilder(name);
        b.build(build(s.get("build")));
        b.capAdd(strings(s.get("cap_add")));
        b.capDrop(strings(s.get("cap_drop")));
        b.cgroupnsMode(str(s.get("cgroupns_mode")));
        b.cgroupParent(str(s.get("cgroup_parent")));
        b.command(command(s.get("command"), out));
        b.configs(fileRefs(s.get("configs"), out));
        b.containerName(str(s.get("container_name")));
        YNode.Mapping cred = map(s.get("credential_spec"));
        if (cred != null) {
            b.credentialSpec(new CredentialSpec(str(cred.get("config")), str(cred.get("file")), str(cred.get("registry"))));
        }
        dependsOn(s.get("depends_on"), b);
        b.deploy(deploy(map(s.get("deploy")), out));
        b.devices(strings(s.get("devices")));
        b.dns(strings(s.get("dns")));
        b.dnsSearch(strings(s.get("dns_search")));
        b.domainName(str(s.get("domainname")));
        b.entrypoint(command(s.get("entrypoint"), out));
        b.envFile(strings(s.get("env_file")));
        b.environment(environment(s, out));
        b.expose(strings(s.get("expose")));
        b.externalLinks(strings(s.get("external_links")));
        b.extraHosts(hosts(s.get("extra_hosts")));
        b.hostname(str(s.get("hostname")));
        b.healthcheck(healthcheck(map(s.get("healthcheck")), out));
        b.image(str(s.get("image")));
        b.init(bool(s.get("init")));
        b.ipc(str(s.get("ipc")));
        b.isolation(str(s.get("isolation")));
        b.labels(mapping(s.get("labels"), false));
        b.links(strings(s.get("links")));
        YNode.Mapping logging = map(s.get("logging"));
        if (logging != null) {
            b.logging(new LoggingConfig(str(logging.get("driver")), mapping(logging.get("options"), false)));
        }
        b.macAddress(str(s.get("mac_address")));
        b.networkMode(str(s.get("network_mode")));
        b.networks(serviceNetworks(s.get("networks")));
        b.pid(str(s.get("pid")));
        b.ports(ports(s.get("ports"), out));
        b.privileged(isTrue(s.get("privileged")));
        b.readOnly(isTrue(s.get("read_only")));
        b.restart(str(s.get("restart")));
        b.secrets(fileRefs(s.get("secrets"), out));
        b.securityOpt(strings(s.get("security_opt")));
        b.shmSize(str(s.get("shm_size")));
        b.stdinOpen(isTrue(s.get("stdin_open")));
        b.stopGracePeriod(duration(s.get("stop_grace_period"), out));
        b.stopSignal(str(s.get("stop_signal")));
        b.sysctls(mapping(s.get("sysctls"), false));
        b.tmpfs(strings(s.get("tmpfs")));
        b.tty(isTrue(s.get("tty")));
        b.ulimits(ulimits(map(s.get("ulimits"))));
        b.user(str(s.get("user")));
        b.usernsMode(str(s.get("userns_mode")));
        b.volumes(serviceVolumes(s.get("volumes"), out));
        b.workingDir(str(s.get("working_dir")));
        b.extensions(extensions(s));
        return b.build();
    }

    private static void dependsOn(YNode node, ServiceConfigBuilder b) {
        Map<String, dev.gantry.adapter.compose.model.ServiceDependency> deps = new LinkedHashMap<>();
        if (node instanceof YNode.Mapping m) {
            for (YNode.Entry e : m.entries()) {
                YNode.Mapping d = map(e.value());
                String condition = d == null ? null : str(d.get("condition"));
                Object restart = d == null ? null : scalarValue(d.get("restart"));
                Object required = d == null ? null : scalarValue(d.get("required"));
                deps.put(e.key(), new dev.gantry.adapter.compose.model.ServiceDependency(
                        condition == null ? "service_started" : condition,
                        Boolean.TRUE.equals(restart) || "true".equals(restart), !Boolean.FALSE.equals(required)));
            }
        } else {
            for (String name : strings(node)) {
                deps.put(name, dev.gantry.adapter.compose.model.ServiceDependency.STARTED);
            }
        }
        b.dependsOn(new ArrayList<>(deps.keySet()));
        b.dependencies(deps);
    }

    private static BuildConfig build(YNode node) {
        if (node instanceof YNode.Scalar sc && sc.value() != null) {
            return new BuildConfig(GoFormat.sprint(sc.value()), null, null, null, null, null, null, null);
        }
        YNode.Mapping m = map(node);
        if (m == null) {
            return null;
        }
        return new BuildConfig(str(m.get("context")), str(m.get("dockerfile")), mapping(m.get("args"), true),
                mapping(m.get("labels"), false), strings(m.get("cache_from")), hosts(m.get("extra_hosts")),
                str(m.get("network")), str(m.get("target")));
    }

    private static List<String> command(YNode node, Diagnostics out) {
        if (node == null || node instanceof YNode.Scalar sc && sc.value() == null) {
            return null;
        }
        if (node instanceof YNode.Scalar sc) {
            List<String> words = ShellWords.split(GoFormat.sprint(sc.value()));
            if (words == null) {
                out.error(node, "invalid command line: unclosed quote or trailing backslash");
                return List.of();
            }
            return words;
        }
        return strings(node);
    }

    private Map<String, String> environment(YNode.Mapping s, Diagnostics out) {
        Map<String, String> result = new LinkedHashMap<>();
        YNode envFiles = s.get("env_file");
        List<String> paths = strings(envFiles);
        for (String p : paths) {
            Path path = absolute(p);
            try {
                for (EnvFile.Variable v : EnvFile.parse(files.read(path), environment::get)) {
                    update(result, v.name(), v.value());
                }
            } catch (java.io.IOException e) {
                out.error(envFiles, "cannot read env_file " + p + " (" + path + "): "
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            } catch (EnvFile.EnvFileException e) {
                out.error(envFiles, "env_file " + p + " line " + e.line() + ": " + e.getMessage());
            }
        }
        for (Map.Entry<String, String> e : mapping(s.get("environment"), true).entrySet()) {
            update(result, e.getKey(), e.getValue());
        }
        return result;
    }

    private void update(Map<String, String> env, String key, String value) {
        String fromProcess = environment.get(key);
        env.put(key, (value == null || value.isEmpty()) && fromProcess != null ? fromProcess : value);
    }

    private static List<String> hosts(YNode node) {
        YNode.Mapping m = map(node);
        if (m == null) {
            return strings(node);
        }
        List<String> list = new ArrayList<>();
        for (YNode.Entry e : m.entries()) {
            Object v = scalarValue(e.value());
            if (v != null) {
                list.add(e.key() + ":" + GoFormat.sprint(v));
            }
        }
        list.sort(null);
        return list;
    }

    private static HealthCheckConfig healthcheck(YNode.Mapping m, Diagnostics out) {
        if (m == null) {
            return null;
        }
        YNode test = m.get("test");
        List<String> t = test instanceof YNode.Scalar sc && sc.value() != null
                ? List.of("CMD-SHELL", GoFormat.sprint(sc.value())) : strings(test);
        return new HealthCheckConfig(t, duration(m.get("timeout"), out), duration(m.get("interval"), out),
                unsigned(m.get("retries"), out), duration(m.get("start_period"), out),
                duration(m.get("start_interval"), out), isTrue(m.get("disable")));
    }

    private static DeployConfig deploy(YNode.Mapping m, Diagnostics out) {
        if (m == null) {
            return null;
        }
        RestartPolicy restart = null;
        YNode.Mapping r = map(m.get("restart_policy"));
        if (r != null) {
            restart = new RestartPolicy(str(r.get("condition")), duration(r.get("delay"), out),
                    unsigned(r.get("max_attempts"), out), duration(r.get("window"), out));
        }
        Placement placement = null;
        YNode.Mapping p = map(m.get("placement"));
        if (p != null) {
            List<PlacementPreference> prefs = new ArrayList<>();
            YNode.Sequence ps = seq(p.get("preferences"));
            if (ps != null) {
                for (YNode item : ps.items()) {
                    YNode.Mapping pm = map(item);
                    prefs.add(new PlacementPreference(pm == null ? null : str(pm.get("spread"))));
                }
            }
            Long max = unsigned(p.get("max_replicas_per_node"), out);
            placement = new Placement(strings(p.get("constraints")), prefs, max == null ? 0 : max);
        }
        return new DeployConfig(str(m.get("mode")), unsigned(m.get("replicas"), out), mapping(m.get("labels"), false),
                update(map(m.get("update_config")), out), update(map(m.get("rollback_config")), out),
                resources(map(m.get("resources")), out), restart, placement, str(m.get("endpoint_mode")));
    }

    private static UpdateConfig update(YNode.Mapping m, Diagnostics out) {
        if (m == null) {
            return null;
        }
        Object ratio = scalarValue(m.get("max_failure_ratio"));
        return new UpdateConfig(unsigned(m.get("parallelism"), out), duration(m.get("delay"), out),
                str(m.get("failure_action")), duration(m.get("monitor"), out),
                ratio instanceof Number n ? n.doubleValue() : 0, str(m.get("order")));
    }

    private static Resources resources(YNode.Mapping m, Diagnostics out) {
        if (m == null) {
            return null;
        }
        ResourceLimit limits = null;
        YNode.Mapping l = map(m.get("limits"));
        if (l != null) {
            Long pids = longOrNull(l.get("pids"));
            limits = new ResourceLimit(str(l.get("cpus")), size(l.get("memory"), out), pids == null ? 0 : pids);
        }
        ResourceReservation reservations = null;
        YNode.Mapping r = map(m.get("reservations"));
        if (r != null) {
            List<GenericResource> generic = new ArrayList<>();
            YNode.Sequence g = seq(r.get("generic_resources"));
            if (g != null) {
                for (YNode item : g.items()) {
                    YNode.Mapping gm = map(item);
                    YNode.Mapping spec = gm == null ? null : map(gm.get("discrete_resource_spec"));
                    if (spec != null) {
                        Long value = longOrNull(spec.get("value"));
                        generic.add(new GenericResource(str(spec.get("kind")), value == null ? 0 : value));
                    }
                }
            }
            reservations = new ResourceReservation(str(r.get("cpus")), size(r.get("memory"), out), generic);
        }
        return new Resources(limits, reservations);
    }

    private static long size(YNode node, Diagnostics out) {
        Object v = scalarValue(node);
        if (v == null) {
            return 0;
        }
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof String s) {
            Long bytes = GoFormat.ramInBytes(s);
            if (bytes == null) {
                out.error(node, "invalid size: '" + s + "'");
                return 0;
            }
            return bytes;
        }
        out.error(node, "invalid type for size: " + GoFormat.sprint(v));
        return 0;
    }

    private static Map<String, ServiceNetworkConfig> serviceNetworks(YNode node) {
        Map<String, ServiceNetworkConfig> result = new LinkedHashMap<>();
        if (node instanceof YNode.Sequence s) {
            for (YNode item : s.items()) {
                result.put(GoFormat.sprint(scalarValue(item)), null);
            }
        }
        YNode.Mapping m = map(node);
        if (m != null) {
            for (YNode.Entry e : m.entries()) {
                YNode.Mapping def = map(e.value());
                result.put(e.key(), def == null ? null : new ServiceNetworkConfig(strings(def.get("aliases")),
                        str(def.get("ipv4_address")), str(def.get("ipv6_address")),
                        mapping(def.get("driver_opts"), false)));
            }
        }
        return result;
    }

    private static List<ServicePortConfig> ports(YNode node, Diagnostics out) {
        List<ServicePortConfig> result = new ArrayList<>();
        YNode.Sequence s = seq(node);
        if (s == null) {
            return result;
        }
        for (YNode item : s.items()) {
            YNode.Mapping m = map(item);
            if (m != null) {
                Long target = unsigned(m.get("target"), out);
                Long published = m.get("published") instanceof YNode.Scalar ps && ps.value() instanceof String text
                        ? publishedFromText(text) : unsigned(m.get("published"), out);
                result.add(new ServicePortConfig(str(m.get("mode")), target == null ? 0 : target,
                        published == null ? 0 : published, str(m.get("protocol"))));
                continue;
            }
            Object v = scalarValue(item);
            if (!(v instanceof String) && !(v instanceof Long)) {
                out.error(item, "invalid type " + (v == null ? "null" : GoFormat.sprint(v)) + " for port");
                continue;
            }
            try {
                PortSpec.Parsed parsed = PortSpec.parse(GoFormat.sprint(v));
                if (!parsed.hostIp().isEmpty()) {
                    out.warning(item, "ignoring IP-address (" + v + ") service will listen on '0.0.0.0'");
                }
                result.addAll(parsed.ports());
            } catch (PortSpec.InvalidPortException e) {
                out.error(item, e.getMessage());
            }
        }
        return result;
    }

    /** compose-spec allows {@code published: "8080"} or a range "8000-8010" (its first port). */
    private static Long publishedFromText(String text) {
        String first = text.contains("-") ? text.substring(0, text.indexOf('-')) : text;
        try {
            return Long.parseLong(first.trim());
        } catch (NumberFormatException e) {
            return 0L;
        }
    }

    private List<ServiceVolumeConfig> serviceVolumes(YNode node, Diagnostics out) {
        List<ServiceVolumeConfig> result = new ArrayList<>();
        YNode.Sequence s = seq(node);
        if (s == null) {
            return result;
        }
        for (YNode item : s.items()) {
            ServiceVolumeConfig v;
            YNode.Mapping m = map(item);
            if (m != null) {
                YNode.Mapping bind = map(m.get("bind"));
                YNode.Mapping vol = map(m.get("volume"));
                YNode.Mapping tmpfs = map(m.get("tmpfs"));
                v = new ServiceVolumeConfig(str(m.get("type")), str(m.get("source")), str(m.get("target")),
                        isTrue(m.get("read_only")), str(m.get("consistency")),
                        bind == null ? null : new ServiceVolumeConfig.BindOptions(str(bind.get("propagation"))),
                        vol == null ? null : new ServiceVolumeConfig.VolumeOptions(isTrue(vol.get("nocopy"))),
                        tmpfs == null ? null : new ServiceVolumeConfig.TmpfsOptions(size(tmpfs.get("size"), out)),
                        m.has("cluster"));
            } else {
                Object raw = scalarValue(item);
                if (!(raw instanceof String spec)) {
                    out.error(item, "invalid type " + GoFormat.sprint(raw) + " for service volume");
                    continue;
                }
                try {
                    v = VolumeSpec.parse(spec);
                } catch (VolumeSpec.InvalidVolumeException e) {
                    out.error(item, e.getMessage());
                    continue;
                }
            }
            if ("bind".equals(v.type())) {
                if (v.source() == null || v.source().isEmpty()) {
                    out.error(item, "invalid mount config for type \"bind\": field Source must not be empty");
                    continue;
                }
                v = new ServiceVolumeConfig(v.type(), bindSource(v.source()), v.target(), v.readOnly(), v.consistency(),
                        v.bind(), v.volume(), v.tmpfs(), v.cluster());
            }
            result.add(v);
        }
        return result;
    }

    private String bindSource(String source) {
        String s = source;
        if (s.startsWith("~") && environment.get("HOME") != null) {
            s = environment.get("HOME") + s.substring(1);
        }
        if (s.startsWith("/") || s.startsWith("\\\\") || s.length() >= 2 && Character.isLetter(s.charAt(0))
                && s.charAt(1) == ':') {
            return s;
        }
        return absolute(s).toString();
    }

    private Path absolute(String p) {
        Path path = Path.of(p);
        return path.isAbsolute() ? path.normalize() : workingDir.resolve(path).normalize();
    }

    private static List<FileReference> fileRefs(YNode node, Diagnostics out) {
        List<FileReference> refs = new ArrayList<>();
        YNode.Sequence s = seq(node);
        if (s == null) {
            return refs;
        }
        for (YNode item : s.items()) {
            YNode.Mapping m = map(item);
            if (m == null) {
                refs.add(new FileReference(GoFormat.sprint(scalarValue(item)), null, null, null, null));
            } else {
                refs.add(new FileReference(str(m.get("source")), str(m.get("target")), str(m.get("uid")),
                        str(m.get("gid")), unsigned(m.get("mode"), out)));
            }
        }
        return refs;
    }

    private static Map<String, UlimitsConfig> ulimits(YNode.Mapping m) {
        Map<String, UlimitsConfig> result = new LinkedHashMap<>();
        if (m == null) {
            return result;
        }
        for (YNode.Entry e : m.entries()) {
            YNode.Mapping limits = map(e.value());
            if (limits == null) {
                Long single = longOrNull(e.value());
                result.put(e.key(), new UlimitsConfig(single == null ? 0 : single, 0, 0));
            } else {
                Long soft = longOrNull(limits.get("soft"));
                Long hard = longOrNull(limits.get("hard"));
                result.put(e.key(), new UlimitsConfig(0, soft == null ? 0 : soft, hard == null ? 0 : hard));
            }
        }
        return result;
    }

    // ---- top-level objects

    private static NetworkConfig network(String name, YNode.Mapping m, String version, Diagnostics out) {
        YNode.Mapping ipam = map(m.get("ipam"));
        NetworkConfig.Ipam ip = null;
        if (ipam != null) {
            List<String> subnets = new ArrayList<>();
            YNode.Sequence configs = seq(ipam.get("config"));
            if (configs != null) {
                for (YNode c : configs.items()) {
                    YNode.Mapping cm = map(c);
                    subnets.add(cm == null ? null : str(cm.get("subnet")));
                }
            }
            ip = new NetworkConfig.Ipam(str(ipam.get("driver")), subnets);
        }
        String realName = str(m.get("name"));
        boolean external = isExternal(m.get("external"));
        if (external) {
            realName = externalName("network", name, realName, m, version, "3.5", out);
        }
        return new NetworkConfig(realName, str(m.get("driver")), mapping(m.get("driver_opts"), false), ip, external,
                isTrue(m.get("internal")), isTrue(m.get("attachable")), mapping(m.get("labels"), false),
                extensions(m));
    }

    private static VolumeConfig volume(String name, YNode.Mapping m, String version, Diagnostics out) {
        String realName = str(m.get("name"));
        boolean external = isExternal(m.get("external"));
        Map<String, String> driverOpts = mapping(m.get("driver_opts"), false);
        Map<String, String> labels = mapping(m.get("labels"), false);
        String driver = str(m.get("driver"));
        if (external) {
            String conflict = driver != null && !driver.isEmpty() ? "driver"
                    : !driverOpts.isEmpty() ? "driver_opts" : !labels.isEmpty() ? "labels" : null;
            if (conflict != null) {
                out.error(m, "conflicting parameters \"external\" and \"" + conflict + "\" specified for volume \""
                        + name + "\"");
            }
            realName = externalName("volume", name, realName, m, version, "3.4", out);
        }
        Map<String, Object> ext = new LinkedHashMap<>(extensions(m));
        Object cluster = ext.remove("x-cluster-spec");
        return new VolumeConfig(realName, driver, driverOpts, external, labels, ext,
                cluster instanceof Map<?, ?> c ? ClusterSpec.normalise(c) : null);
    }

    private FileObjectConfig fileObject(String kind, String name, YNode.Mapping m, String version, Diagnostics out) {
        String realName = str(m.get("name"));
        boolean external = isExternal(m.get("external"));
        String file = str(m.get("file"));
        String driver = str(m.get("driver"));
        if (external) {
            realName = externalName(kind, name, realName, m, version, "3.5", out);
        } else if (driver != null && !driver.isEmpty()) {
            if (file != null && !file.isEmpty()) {
                out.error(m, kind + " " + name + ": " + kind + ".driver and " + kind + ".file conflict; only use "
                        + kind + ".driver");
            }
        } else {
            file = absolute(file == null ? "" : file).toString();
        }
        return new FileObjectConfig(realName, file, external, mapping(m.get("labels"), false), driver,
                mapping(m.get("driver_opts"), false), str(m.get("template_driver")), extensions(m));
    }

    private static boolean isExternal(YNode node) {
        return node instanceof YNode.Mapping || Boolean.TRUE.equals(scalarValue(node));
    }

    private static String externalName(String kind, String name, String realName, YNode.Mapping m, String version,
                                       String deprecatedFrom, Diagnostics out) {
        YNode.Mapping ext = map(m.get("external"));
        String externalName = ext == null ? null : str(ext.get("name"));
        if (externalName != null && !externalName.isEmpty()) {
            if (realName != null && !realName.isEmpty()) {
                out.error(m.get("external"), kind + " " + name + ": " + kind + ".external.name and " + kind
                        + ".name conflict; only use " + kind + ".name");
                return realName;
            }
            if (compareVersions(version, deprecatedFrom) >= 0) {
                out.warning(m.get("external"), kind + " " + name + ": " + kind + ".external.name is deprecated in favor of "
                        + kind + ".name");
            }
            return externalName;
        }
        return realName == null || realName.isEmpty() ? name : realName;
    }

    static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int xi = i < x.length ? parseIntOr0(x[i]) : 0;
            int yi = i < y.length ? parseIntOr0(y[i]) : 0;
            if (xi != yi) {
                return Integer.compare(xi, yi);
            }
        }
        return 0;
    }

    private static int parseIntOr0(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    // ---- scalar helpers

    static YNode.Mapping map(YNode n) {
        return n instanceof YNode.Mapping m ? m : null;
    }

    static YNode.Sequence seq(YNode n) {
        return n instanceof YNode.Sequence s ? s : null;
    }

    static Object scalarValue(YNode n) {
        return n instanceof YNode.Scalar s ? s.value() : null;
    }

    static String str(YNode n) {
        Object v = scalarValue(n);
        return v == null ? null : GoFormat.sprint(v);
    }

    static List<String> strings(YNode n) {
        List<String> out = new ArrayList<>();
        if (n instanceof YNode.Sequence s) {
            for (YNode item : s.items()) {
                Object v = scalarValue(item);
                out.add(v == null ? "" : GoFormat.sprint(v));
            }
        } else if (scalarValue(n) != null) {
            out.add(GoFormat.sprint(scalarValue(n)));
        }
        return out;
    }

    /** A list of "k=v" or a mapping; a key without value is null when allowNull, else "". */
    static Map<String, String> mapping(YNode n, boolean allowNull) {
        Map<String, String> out = new LinkedHashMap<>();
        if (n instanceof YNode.Mapping m) {
            for (YNode.Entry e : m.entries()) {
                Object v = scalarValue(e.value());
                out.put(e.key(), v != null ? GoFormat.sprint(v) : allowNull ? null : "");
            }
        } else if (n instanceof YNode.Sequence s) {
            for (YNode item : s.items()) {
                String text = GoFormat.sprint(scalarValue(item));
                int eq = text.indexOf('=');
                if (eq < 0) {
                    out.put(text, allowNull ? null : "");
                } else {
                    out.put(text.substring(0, eq), text.substring(eq + 1));
                }
            }
        }
        return out;
    }

    static Boolean bool(YNode n) {
        return scalarValue(n) instanceof Boolean b ? b : null;
    }

    static boolean isTrue(YNode n) {
        return Boolean.TRUE.equals(scalarValue(n));
    }

    static Long longOrNull(YNode n) {
        Object v = scalarValue(n);
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof Double d && !d.isNaN() && !d.isInfinite()) {
            return d.longValue();
        }
        return null;
    }

    /** An unsigned count (the CLI's uint fields): a negative value is an error, as in the CLI. */
    static Long unsigned(YNode n, Diagnostics out) {
        Long v = longOrNull(n);
        if (v != null && v < 0) {
            out.error(n, "cannot parse " + v + ": a negative value overflows an unsigned number");
            return null;
        }
        return v;
    }

    static Duration duration(YNode n, Diagnostics out) {
        Object v = scalarValue(n);
        if (v == null) {
            return null;
        }
        Duration d = v instanceof String s ? GoDuration.parse(s) : null;
        if (d == null) {
            out.error(n, "invalid duration \"" + GoFormat.sprint(v) + "\" (use e.g. 10s, 1m30s)");
        }
        return d;
    }

    static Map<String, Object> extensions(YNode.Mapping m) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (YNode.Entry e : m.entries()) {
            if (e.key().startsWith("x-")) {
                out.put(e.key(), e.value().toPlain());
            }
        }
        return out;
    }
}
