package dev.gantry.adapter.docker.up;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.api.deploy.ComposeProjects;
import dev.gantry.adapter.api.deploy.ComposeRunResult;
import dev.gantry.adapter.api.deploy.DeployProgress;
import dev.gantry.adapter.compose.model.ComposeProject;
import dev.gantry.adapter.compose.model.NetworkConfig;
import dev.gantry.adapter.compose.model.ServiceConfig;
import dev.gantry.adapter.compose.model.ServiceNetworkConfig;
import dev.gantry.adapter.compose.model.VolumeConfig;
import dev.gantry.adapter.docker.deploy.EngineApi;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code compose up} and {@code down} on a plain engine (no swarm), with docker compose's names
 * (PROJECT-SERVICE-N containers, PROJECT_NAME networks and volumes) and labels, so projects made by
 * either look the same. Up creates networks and volumes, then the services in depends_on order,
 * recreating only containers whose configuration hash changed.
 */
public final class ComposeRunner implements ComposeProjects {

    private final EngineApi api;

    public ComposeRunner(EngineApi api) {
        this.api = api;
    }

    @Override
    public ComposeRunResult up(String project, ComposeProject model, DeployProgress progress) {
        List<String> created = new ArrayList<>();
        List<String> recreated = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<ServiceConfig> order = StartOrder.of(model.services());
        Map<String, String> networks = networks(project, model, created, progress);
        volumes(project, model, created, progress);
        for (ServiceConfig s : order) {
            Map<String, ServiceNetworkConfig> attached = attachments(s);
            String first = networks.get(attached.keySet().iterator().next());
            ObjectNode config = ContainerConfigs.config(project, s, model, first);
            String hash = ContainerConfigs.hash(config);
            long replicas = s.deploy().replicas() == null ? 1 : s.deploy().replicas();
            for (long n = 1; n <= replicas; n++) {
                String name = project + "-" + s.name() + "-" + n;
                JsonNode existing = container(project, s.name(), n);
                if (existing != null && hash.equals(existing.at("/Labels/" + escape(ComposeLabels.CONFIG_HASH)).asText())) {
                    if (!"running".equals(existing.path("State").asText())) {
                        api.post("/containers/" + existing.path("Id").asText() + "/start", null);
                    }
                    unchanged.add(name);
                    continue;
                }
                if (existing != null) {
                    remove(existing.path("Id").asText());
                    progress.step("removed " + name + " (configuration changed)");
                }
                create(project, model, s, n, name, config, hash, attached, networks);
                (existing == null ? created : recreated).add(name);
                progress.step((existing == null ? "created " : "recreated ") + name);
            }
            for (JsonNode extra : containers(project, s.name())) {
                if (extra.at("/Labels/" + escape(ComposeLabels.NUMBER)).asLong() > replicas) {
                    remove(extra.path("Id").asText());
                }
            }
        }
        return new ComposeRunResult(created, recreated, unchanged, List.of());
    }

    @Override
    public ComposeRunResult down(String project, boolean removeVolumes, DeployProgress progress) {
        List<String> removed = new ArrayList<>();
        String filter = filter(ComposeLabels.PROJECT + "=" + project);
        for (JsonNode c : api.get("/containers/json?all=1&" + filter)) {
            remove(c.path("Id").asText());
            String name = c.path("Names").path(0).asText().replaceFirst("^/", "");
            removed.add(name);
            progress.step("removed container " + name);
        }
        for (JsonNode n : api.get("/networks?" + filter)) {
            api.delete("/networks/" + n.path("Id").asText());
            removed.add(n.path("Name").asText());
            progress.step("removed network " + n.path("Name").asText());
        }
        if (removeVolumes) {
            for (JsonNode v : api.get("/volumes?" + filter).path("Volumes")) {
                api.delete("/volumes/" + EngineApiPaths.encode(v.path("Name").asText()));
                removed.add(v.path("Name").asText());
                progress.step("removed volume " + v.path("Name").asText());
            }
        }
        return new ComposeRunResult(List.of(), List.of(), List.of(), removed);
    }

    private void create(String project, ComposeProject model, ServiceConfig s, long n, String name, ObjectNode config,
                        String hash, Map<String, ServiceNetworkConfig> attached, Map<String, String> networks) {
        ObjectNode body = config.deepCopy();
        ObjectNode labels = (ObjectNode) body.get("Labels");
        labels.put(ComposeLabels.PROJECT, project);
        labels.put(ComposeLabels.SERVICE, s.name());
        labels.put(ComposeLabels.NUMBER, Long.toString(n));
        labels.put(ComposeLabels.CONFIG_HASH, hash);
        labels.put(ComposeLabels.ONEOFF, "False");
        labels.put(ComposeLabels.DEPENDS_ON, s.dependsOn().stream().map(d -> d + ":service_started:false")
                .collect(Collectors.joining(",")));
        if (model.workingDir() != null) {
            labels.put(ComposeLabels.WORKING_DIR, model.workingDir().toString());
        }
        labels.put(ComposeLabels.CONFIG_FILES, model.files().stream().map(Path::toString).collect(Collectors.joining(",")));
        List<Map.Entry<String, ServiceNetworkConfig>> nets = new ArrayList<>(attached.entrySet());
        ObjectNode endpoints = body.putObject("NetworkingConfig").putObject("EndpointsConfig");
        endpoints.set(networks.get(nets.get(0).getKey()), endpoint(s, nets.get(0).getValue()));
        String id = api.post("/containers/create?name=" + EngineApiPaths.encode(name), body).path("Id").asText();
        for (Map.Entry<String, ServiceNetworkConfig> extra : nets.subList(1, nets.size())) {
            ObjectNode connect = JsonNodeFactory.instance.objectNode().put("Container", id);
            connect.set("EndpointConfig", endpoint(s, extra.getValue()));
            api.post("/networks/" + EngineApiPaths.encode(networks.get(extra.getKey())) + "/connect", connect);
        }
        api.post("/containers/" + id + "/start", null);
    }

    private static ObjectNode endpoint(ServiceConfig s, ServiceNetworkConfig cfg) {
        ObjectNode e = JsonNodeFactory.instance.objectNode();
        var aliases = e.putArray("Aliases").add(s.name());
        if (cfg != null) {
            cfg.aliases().forEach(aliases::add);
        }
        return e;
    }

    private static Map<String, ServiceNetworkConfig> attachments(ServiceConfig s) {
        Map<String, ServiceNetworkConfig> nets = new LinkedHashMap<>(s.networks());
        if (nets.isEmpty()) {
            nets.put("default", null);
        }
        return nets;
    }

    /** Local network name to engine name; creates the missing ones. */
    private Map<String, String> networks(String project, ComposeProject model, List<String> created,
                                         DeployProgress progress) {
        Map<String, String> names = new LinkedHashMap<>();
        for (ServiceConfig s : model.services().values()) {
            for (String local : attachments(s).keySet()) {
                if (names.containsKey(local)) {
                    continue;
                }
                NetworkConfig nw = model.networks().get(local);
                String name = nw != null && nw.name() != null && !nw.name().isEmpty() ? nw.name()
                        : nw != null && nw.external() ? local : project + "_" + local;
                names.put(local, name);
                if (nw != null && nw.external() || exists("/networks/" + EngineApiPaths.encode(name))) {
                    continue;
                }
                ObjectNode body = JsonNodeFactory.instance.objectNode().put("Name", name)
                        .put("Driver", nw != null && nw.driver() != null ? nw.driver() : "bridge");
                ObjectNode labels = body.putObject("Labels");
                if (nw != null) {
                    nw.labels().forEach(labels::put);
                    if (nw.internal()) {
                        body.put("Internal", true);
                    }
                    if (nw.attachable()) {
                        body.put("Attachable", true);
                    }
                }
                labels.put(ComposeLabels.PROJECT, project).put(ComposeLabels.NETWORK, local);
                api.post("/networks/create", body);
                created.add(name);
                progress.step("created network " + name);
            }
        }
        return names;
    }

    private void volumes(String project, ComposeProject model, List<String> created, DeployProgress progress) {
        for (Map.Entry<String, VolumeConfig> e : model.volumes().entrySet()) {
            VolumeConfig v = e.getValue();
            if (v.external()) {
                continue;
            }
            String name = v.name() != null && !v.name().isEmpty() ? v.name() : project + "_" + e.getKey();
            if (exists("/volumes/" + EngineApiPaths.encode(name))) {
                continue;
            }
            ObjectNode body = JsonNodeFactory.instance.objectNode().put("Name", name);
            if (v.driver() != null) {
                body.put("Driver", v.driver());
            }
            ObjectNode opts = body.putObject("DriverOpts");
            v.driverOpts().forEach(opts::put);
            ObjectNode labels = body.putObject("Labels");
            v.labels().forEach(labels::put);
            labels.put(ComposeLabels.PROJECT, project).put(ComposeLabels.VOLUME, e.getKey());
            api.post("/volumes/create", body);
            created.add(name);
            progress.step("created volume " + name);
        }
    }

    private boolean exists(String path) {
        try {
            api.get(path);
            return true;
        } catch (EngineException e) {
            if (e.kind() == EngineException.Kind.NOT_FOUND) {
                return false;
            }
            throw e;
        }
    }

    private JsonNode container(String project, String service, long number) {
        for (JsonNode c : containers(project, service)) {
            if (c.at("/Labels/" + escape(ComposeLabels.NUMBER)).asLong() == number) {
                return c;
            }
        }
        return null;
    }

    private JsonNode containers(String project, String service) {
        String filters = "{\"label\":[\"" + ComposeLabels.PROJECT + "=" + project + "\",\"" + ComposeLabels.SERVICE + "="
                + service + "\"]}";
        return api.get("/containers/json?all=1&filters=" + URLEncoder.encode(filters, StandardCharsets.UTF_8));
    }

    private void remove(String id) {
        try {
            api.post("/containers/" + id + "/stop?t=10", null);
        } catch (EngineException e) {
            if (e.kind() == EngineException.Kind.NOT_FOUND) {
                return;
            }
            // 304 (already stopped) and similar: removal below decides
        }
        api.delete("/containers/" + id + "?force=1&v=0");
    }

    private static String filter(String label) {
        return "filters=" + URLEncoder.encode("{\"label\":[\"" + label + "\"]}", StandardCharsets.UTF_8);
    }

    /** JSON pointer escaping of a label key. */
    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    /** URL-encoding for path segments. */
    private static final class EngineApiPaths {
        static String encode(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }
}
