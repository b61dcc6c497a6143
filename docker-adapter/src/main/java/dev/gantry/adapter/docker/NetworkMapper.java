package dev.gantry.adapter.docker;

import static dev.gantry.adapter.docker.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.adapter.api.NetworkInfo;
import dev.gantry.adapter.api.StackInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The engine's network list (raw JSON: docker-java drops the Ingress flag) to {@link NetworkInfo},
 * with the containers and services attached (entries of GET /containers/json and /services). The list leaves a network's containers out, so they
 * come from the containers' own network settings.
 */
final class NetworkMapper {

    private NetworkMapper() {
    }

    static List<NetworkInfo> map(JsonNode networks, List<JsonNode> containers, List<JsonNode> services) {
        Map<String, Set<String>> containerUsers = new HashMap<>();
        for (JsonNode c : containers) {
            Iterator<Map.Entry<String, JsonNode>> attached = c.path("NetworkSettings").path("Networks").fields();
            while (attached.hasNext()) {
                Map.Entry<String, JsonNode> e = attached.next();
                String networkId = text(e.getValue(), "NetworkID");
                String key = networkId != null ? networkId : e.getKey();
                containerUsers.computeIfAbsent(key, k -> new TreeSet<>()).add(ContainerMapper.name(c.path("Names")));
            }
        }
        Map<String, Set<String>> serviceUsers = new HashMap<>();
        for (JsonNode s : services) {
            JsonNode spec = s.path("Spec");
            String name = spec.isObject() ? text(spec, "Name") : text(s, "ID");
            for (String target : serviceNetworks(s)) {
                serviceUsers.computeIfAbsent(target, k -> new TreeSet<>()).add(name);
            }
        }
        List<NetworkInfo> out = new ArrayList<>();
        for (JsonNode n : networks) {
            String id = n.path("Id").asText();
            String name = n.path("Name").asText();
            Set<String> cs = new TreeSet<>();
            cs.addAll(containerUsers.getOrDefault(id, Set.of()));
            cs.addAll(containerUsers.getOrDefault(name, Set.of()));
            Set<String> ss = new TreeSet<>();
            ss.addAll(serviceUsers.getOrDefault(id, Set.of()));
            ss.addAll(serviceUsers.getOrDefault(name, Set.of()));
            Map<String, String> labels = JsonFields.strings(n.path("Labels"));
            out.add(new NetworkInfo(
                    id,
                    name,
                    n.path("Driver").asText(null),
                    n.path("Scope").asText(null),
                    Times.parse(n.path("Created").asText(null)),
                    n.path("Internal").asBoolean(false),
                    n.path("Attachable").asBoolean(false),
                    n.path("Ingress").asBoolean(false),
                    labels.get(StackInfo.NAMESPACE_LABEL),
                    labels,
                    List.copyOf(cs),
                    List.copyOf(ss)));
        }
        out.sort(Comparator.comparing(NetworkInfo::name));
        return out;
    }

    /** A service's networks: the spec's targets (ids or names) and the endpoint's virtual IPs (ids). */
    static Set<String> serviceNetworks(JsonNode s) {
        Set<String> out = new TreeSet<>();
        JsonNode spec = s.path("Spec");
        List<JsonNode> attached = new ArrayList<>(JsonFields.elements(spec.path("TaskTemplate").path("Networks")));
        attached.addAll(JsonFields.elements(spec.path("Networks")));
        for (JsonNode a : attached) {
            String target = text(a, "Target");
            if (target != null) {
                out.add(target);
            }
        }
        for (JsonNode vip : JsonFields.elements(s.path("Endpoint").path("VirtualIPs"))) {
            String networkId = text(vip, "NetworkID");
            if (networkId != null) {
                out.add(networkId);
            }
        }
        return out;
    }
}
