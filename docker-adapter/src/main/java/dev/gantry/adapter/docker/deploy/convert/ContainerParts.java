package dev.gantry.adapter.docker.deploy.convert;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.adapter.compose.model.UlimitsConfig;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Container-level sub-specs: environment, hosts, DNS, capabilities, ulimits. */
final class ContainerParts {

    private ContainerParts() {
    }

    /** "K=V" (or "K" for a name without value), sorted. */
    static List<String> environment(Map<String, String> env) {
        List<String> out = new ArrayList<>();
        env.forEach((k, v) -> out.add(v == null ? k : k + "=" + v));
        out.sort(null);
        return out;
    }

    /** "host:ip" to swarmkit's "ip host", order kept. */
    static List<String> extraHosts(List<String> hosts) {
        List<String> out = new ArrayList<>();
        for (String h : hosts) {
            int colon = h.indexOf(':');
            if (colon >= 0) {
                out.add(h.substring(colon + 1) + " " + h.substring(0, colon));
            }
        }
        return out;
    }

    static ObjectNode dnsConfig(List<String> dns, List<String> search) {
        if (dns.isEmpty() && search.isEmpty()) {
            return null;
        }
        ObjectNode o = Json.object();
        Json.putStrings(o, "Nameservers", dns);
        Json.putStrings(o, "Search", search);
        return o;
    }

    /** [add, drop]: normalised to CAP_X, ALL wins, add wins over drop, sorted, duplicates removed. */
    static List<List<String>> capabilities(List<String> add, List<String> drop) {
        Set<String> adds = normalise(add);
        Set<String> drops = normalise(drop);
        if (adds.contains("ALL")) {
            adds = Set.of("ALL");
        }
        if (drops.contains("ALL")) {
            drops = Set.of("ALL");
        }
        Set<String> effectiveDrop = new TreeSet<>();
        for (String c : drops) {
            if (!adds.contains(c) && !c.equals("RESET")) {
                effectiveDrop.add(c);
            }
        }
        Set<String> effectiveAdd = new TreeSet<>(adds);
        effectiveAdd.remove("RESET");
        return List.of(List.copyOf(effectiveAdd), List.copyOf(effectiveDrop));
    }

    private static Set<String> normalise(List<String> caps) {
        Set<String> out = new LinkedHashSet<>();
        for (String c : caps) {
            String n = c.strip().toUpperCase(Locale.ROOT);
            if (!n.equals("ALL") && !n.equals("RESET") && !n.startsWith("CAP_")) {
                n = "CAP_" + n;
            }
            out.add(n);
        }
        return out;
    }

    static ArrayNode ulimits(Map<String, UlimitsConfig> ulimits) {
        if (ulimits.isEmpty()) {
            return null;
        }
        ArrayNode a = Json.object().arrayNode();
        new TreeMap<>(ulimits).forEach((name, u) -> {
            long soft = u.single() != 0 ? u.single() : u.soft();
            long hard = u.single() != 0 ? u.single() : u.hard();
            a.addObject().put("Name", name).put("Soft", soft).put("Hard", hard);
        });
        return a;
    }
}
