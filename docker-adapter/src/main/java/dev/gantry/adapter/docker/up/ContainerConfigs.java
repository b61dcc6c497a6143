package dev.gantry.adapter.docker.up;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.adapter.api.deploy.StackConversionException;
import dev.gantry.adapter.compose.model.ComposeProject;
import dev.gantry.adapter.compose.model.HealthCheckConfig;
import dev.gantry.adapter.compose.model.ServiceConfig;
import dev.gantry.adapter.compose.model.ServicePortConfig;
import dev.gantry.adapter.compose.model.ServiceVolumeConfig;
import dev.gantry.adapter.compose.model.VolumeConfig;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/** A compose service to the body of POST /containers/create (plain engine, no swarm). */
final class ContainerConfigs {

    private ContainerConfigs() {
    }

    /** The create body without compose's own labels; its hash is the config-hash. */
    static ObjectNode config(String project, ServiceConfig s, ComposeProject model, String firstNetwork) {
        if (s.image() == null || s.image().isEmpty()) {
            throw StackConversionException.service(s.name(), "has no image; Gantry does not build images");
        }
        ObjectNode c = JsonNodeFactory.instance.objectNode();
        c.put("Image", s.image());
        if (s.command() != null) {
            strings(c, "Cmd", s.command());
        }
        if (s.entrypoint() != null) {
            strings(c, "Entrypoint", s.entrypoint());
        }
        ArrayNode env = c.putArray("Env");
        new TreeMap<>(s.environment()).forEach((k, v) -> env.add(v == null ? k : k + "=" + v));
        ObjectNode labels = c.putObject("Labels");
        new TreeMap<>(s.labels()).forEach(labels::put);
        text(c, "WorkingDir", s.workingDir());
        text(c, "User", s.user());
        text(c, "Hostname", s.hostname());
        text(c, "StopSignal", s.stopSignal());
        if (s.stopGracePeriod() != null) {
            c.put("StopTimeout", s.stopGracePeriod().toSeconds());
        }
        if (s.tty()) {
            c.put("Tty", true);
        }
        if (s.stdinOpen()) {
            c.put("OpenStdin", true);
        }
        if (s.healthcheck() != null) {
            c.set("Healthcheck", healthcheck(s.healthcheck()));
        }
        ObjectNode host = c.putObject("HostConfig");
        ObjectNode exposed = c.putObject("ExposedPorts");
        ObjectNode bindings = host.putObject("PortBindings");
        for (ServicePortConfig p : s.ports()) {
            String key = p.target() + "/" + (p.protocol() == null ? "tcp" : p.protocol());
            exposed.putObject(key);
            ArrayNode list = bindings.has(key) ? (ArrayNode) bindings.get(key) : bindings.putArray(key);
            list.addObject().put("HostIp", "").put("HostPort", p.published() == 0 ? "" : Long.toString(p.published()));
        }
        ArrayNode mounts = host.putArray("Mounts");
        for (ServiceVolumeConfig v : s.volumes()) {
            mounts.add(mount(project, v, model.volumes()));
        }
        if (s.restart() != null && !s.restart().isEmpty()) {
            String[] parts = s.restart().split(":", 2);
            ObjectNode policy = host.putObject("RestartPolicy").put("Name", parts[0].equals("no") ? "" : parts[0]);
            if (parts.length == 2) {
                policy.put("MaximumRetryCount", Integer.parseInt(parts[1]));
            }
        }
        strings(host, "CapAdd", s.capAdd());
        strings(host, "CapDrop", s.capDrop());
        strings(host, "Dns", s.dns());
        strings(host, "DnsSearch", s.dnsSearch());
        strings(host, "ExtraHosts", s.extraHosts());
        if (!s.sysctls().isEmpty()) {
            ObjectNode sysctls = host.putObject("Sysctls");
            new TreeMap<>(s.sysctls()).forEach(sysctls::put);
        }
        if (!s.ulimits().isEmpty()) {
            ArrayNode ulimits = host.putArray("Ulimits");
            new TreeMap<>(s.ulimits()).forEach((name, u) -> ulimits.addObject().put("Name", name)
                    .put("Soft", u.single() != 0 ? u.single() : u.soft())
                    .put("Hard", u.single() != 0 ? u.single() : u.hard()));
        }
        if (s.readOnly()) {
            host.put("ReadonlyRootfs", true);
        }
        if (s.privileged()) {
            host.put("Privileged", true);
        }
        if (s.init() != null) {
            host.put("Init", s.init());
        }
        if (s.logging() != null) {
            ObjectNode log = host.putObject("LogConfig").put("Type", s.logging().driver());
            ObjectNode opts = log.putObject("Config");
            new TreeMap<>(s.logging().options()).forEach(opts::put);
        }
        var limits = s.deploy().resources().limits();
        if (limits != null) {
            if (limits.memoryBytes() != 0) {
                host.put("Memory", limits.memoryBytes());
            }
            if (limits.cpus() != null && !limits.cpus().isEmpty()) {
                host.put("NanoCpus", new BigDecimal(limits.cpus()).movePointRight(9).longValue());
            }
        }
        host.put("NetworkMode", firstNetwork);
        return c;
    }

    static String hash(ObjectNode config) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(config.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode mount(String project, ServiceVolumeConfig v, Map<String, VolumeConfig> volumes) {
        ObjectNode m = JsonNodeFactory.instance.objectNode();
        String type = v.type() == null || v.type().isEmpty() ? "volume" : v.type();
        m.put("Type", type);
        String source = v.source();
        if (type.equals("volume") && source != null && !source.isEmpty()) {
            VolumeConfig declared = volumes.get(source);
            if (declared == null) {
                throw new StackConversionException("undefined volume \"" + source + "\"");
            }
            source = declared.name() != null && !declared.name().isEmpty() ? declared.name() : project + "_" + source;
        }
        text(m, "Source", source);
        m.put("Target", v.target());
        if (v.readOnly()) {
            m.put("ReadOnly", true);
        }
        if (v.tmpfs() != null && v.tmpfs().size() != 0) {
            m.putObject("TmpfsOptions").put("SizeBytes", v.tmpfs().size());
        }
        return m;
    }

    private static ObjectNode healthcheck(HealthCheckConfig h) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        if (h.disable()) {
            o.putArray("Test").add("NONE");
            return o;
        }
        strings(o, "Test", h.test());
        if (h.interval() != null) {
            o.put("Interval", h.interval().toNanos());
        }
        if (h.timeout() != null) {
            o.put("Timeout", h.timeout().toNanos());
        }
        if (h.startPeriod() != null) {
            o.put("StartPeriod", h.startPeriod().toNanos());
        }
        if (h.retries() != null) {
            o.put("Retries", h.retries());
        }
        return o;
    }

    private static void strings(ObjectNode o, String key, java.util.List<String> values) {
        if (values != null && !values.isEmpty()) {
            ArrayNode a = o.putArray(key);
            values.forEach(a::add);
        }
    }

    private static void text(ObjectNode o, String key, String value) {
        if (value != null && !value.isEmpty()) {
            o.put(key, value);
        }
    }
}
