package dev.gantry.adapter.docker.deploy.convert;

import dev.gantry.adapter.api.deploy.StackConversionException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.adapter.compose.model.NetworkConfig;
import dev.gantry.adapter.compose.model.ServiceConfig;
import dev.gantry.adapter.compose.model.ServiceNetworkConfig;
import dev.gantry.adapter.docker.deploy.StackPlan.NetworkPlan;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Stack networks (overlay by default, external ones checked, not created) and service attachments. */
final class NetworkConverter {

    static final String DEFAULT = "default";
    private static final Set<String> NOT_USER_DEFINED = Set.of("default", "bridge", "host", "none");

    private NetworkConverter() {
    }

    /** The networks the services use; "default" for a service that names none. */
    static Set<String> used(Collection<ServiceConfig> services) {
        Set<String> used = new TreeSet<>();
        for (ServiceConfig s : services) {
            if (s.networks().isEmpty()) {
                used.add(DEFAULT);
            } else {
                used.addAll(s.networks().keySet());
            }
        }
        return used;
    }

    /** Networks to create; the external ones go into {@code external}. */
    static List<NetworkPlan> networks(Namespace ns, Map<String, NetworkConfig> declared, Set<String> used,
                                      List<String> external) {
        List<NetworkPlan> out = new ArrayList<>();
        for (String local : used) {
            NetworkConfig nw = declared.get(local);
            if (nw != null && nw.external()) {
                external.add(nameOf(nw, local, ns));
                continue;
            }
            ObjectNode create = Json.object();
            Map<String, String> labels = ns.withStackLabel(nw == null ? Map.of() : nw.labels());
            if (nw != null) {
                Json.putText(create, "Driver", nw.driver());
                Json.putMap(create, "Options", nw.driverOpts());
                Json.putTrue(create, "Internal", nw.internal());
                Json.putTrue(create, "Attachable", nw.attachable());
                NetworkConfig.Ipam ipam = nw.ipam();
                if (ipam.driver() != null && !ipam.driver().isEmpty() || !ipam.subnets().isEmpty()) {
                    ObjectNode i = create.putObject("IPAM");
                    Json.putText(i, "Driver", ipam.driver());
                    ArrayNode configs = i.putArray("Config");
                    ipam.subnets().forEach(sn -> configs.addObject().put("Subnet", sn));
                }
            }
            Json.putMap(create, "Labels", labels);
            out.add(new NetworkPlan(nw != null && nw.name() != null && !nw.name().isEmpty()
                    ? nw.name() : ns.scope(local), create));
        }
        return out;
    }

    /** TaskTemplate.Networks of one service, sorted by target; the service name is an alias. */
    static ArrayNode attachments(Namespace ns, ServiceConfig service, Map<String, NetworkConfig> declared) {
        Map<String, ServiceNetworkConfig> nets = new LinkedHashMap<>(service.networks());
        if (nets.isEmpty()) {
            nets.put(DEFAULT, null);
        }
        List<ObjectNode> list = new ArrayList<>();
        for (Map.Entry<String, ServiceNetworkConfig> e : nets.entrySet()) {
            String local = e.getKey();
            NetworkConfig nw = declared.get(local);
            if (nw == null && !local.equals(DEFAULT)) {
                throw new StackConversionException("undefined network \"" + local + "\"");
            }
            String target = nw == null ? ns.scope(local) : nameOf(nw, local, ns);
            List<String> aliases = new ArrayList<>();
            ServiceNetworkConfig cfg = e.getValue();
            if (cfg != null) {
                aliases.addAll(cfg.aliases());
            }
            if (!NOT_USER_DEFINED.contains(target) && !target.startsWith("container:")) {
                aliases.add(service.name());
            }
            ObjectNode a = Json.object();
            a.put("Target", target);
            Json.putStrings(a, "Aliases", aliases);
            if (cfg != null) {
                Json.putMap(a, "DriverOpts", cfg.driverOpts());
            }
            list.add(a);
        }
        list.sort(Comparator.comparing(a -> a.path("Target").asText()));
        ArrayNode out = Json.object().arrayNode();
        list.forEach(out::add);
        return out;
    }

    private static String nameOf(NetworkConfig nw, String local, Namespace ns) {
        if (nw.name() != null && !nw.name().isEmpty()) {
            return nw.name();
        }
        return nw.external() ? local : ns.scope(local);
    }
}
