package dev.gantry.adapter.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.ContainerNetwork;
import com.github.dockerjava.api.model.EndpointVirtualIP;
import com.github.dockerjava.api.model.NetworkAttachmentConfig;
import com.github.dockerjava.api.model.Service;
import com.github.dockerjava.api.model.ServiceSpec;
import dev.gantry.adapter.api.NetworkInfo;
import dev.gantry.adapter.api.StackInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The engine's network list (raw JSON: docker-java drops the Ingress flag) to {@link NetworkInfo},
 * with the containers and services attached. The list leaves a network's containers out, so they
 * come from the containers' own network settings.
 */
final class NetworkMapper {

    private NetworkMapper() {
    }

    static List<NetworkInfo> map(JsonNode networks, List<Container> containers, List<Service> services) {
        Map<String, Set<String>> containerUsers = new HashMap<>();
        for (Container c : containers) {
            if (c.getNetworkSettings() == null || c.getNetworkSettings().getNetworks() == null) {
                continue;
            }
            for (Map.Entry<String, ContainerNetwork> e : c.getNetworkSettings().getNetworks().entrySet()) {
                String key = e.getValue() != null && e.getValue().getNetworkID() != null
                        ? e.getValue().getNetworkID() : e.getKey();
                containerUsers.computeIfAbsent(key, k -> new TreeSet<>()).add(ContainerMapper.name(c.getNames()));
            }
        }
        Map<String, Set<String>> serviceUsers = new HashMap<>();
        for (Service s : services) {
            ServiceSpec spec = s.getSpec();
            String name = spec == null ? s.getId() : spec.getName();
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
            Map<String, String> labels = VolumeMapper.strings(n.path("Labels"));
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
    static Set<String> serviceNetworks(Service s) {
        Set<String> out = new TreeSet<>();
        ServiceSpec spec = s.getSpec();
        List<NetworkAttachmentConfig> attached = new ArrayList<>();
        if (spec != null && spec.getTaskTemplate() != null && spec.getTaskTemplate().getNetworks() != null) {
            attached.addAll(spec.getTaskTemplate().getNetworks());
        }
        if (spec != null && spec.getNetworks() != null) {
            attached.addAll(spec.getNetworks());
        }
        for (NetworkAttachmentConfig a : attached) {
            if (a.getTarget() != null) {
                out.add(a.getTarget());
            }
        }
        if (s.getEndpoint() != null && s.getEndpoint().getVirtualIPs() != null) {
            for (EndpointVirtualIP vip : s.getEndpoint().getVirtualIPs()) {
                if (vip.getNetworkID() != null) {
                    out.add(vip.getNetworkID());
                }
            }
        }
        return out;
    }
}
