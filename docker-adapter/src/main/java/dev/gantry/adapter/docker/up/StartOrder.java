package dev.gantry.adapter.docker.up;

import dev.gantry.adapter.api.deploy.StackConversionException;
import dev.gantry.adapter.compose.model.ServiceConfig;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Services ordered so that each comes after what it depends on; a cycle is an error. */
final class StartOrder {

    private StartOrder() {
    }

    static List<ServiceConfig> of(Map<String, ServiceConfig> services) {
        Map<String, ServiceConfig> sorted = new TreeMap<>(services);
        List<ServiceConfig> out = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (String name : sorted.keySet()) {
            visit(name, sorted, done, new HashSet<>(), out);
        }
        return out;
    }

    private static void visit(String name, Map<String, ServiceConfig> services, Set<String> done, Set<String> path,
                              List<ServiceConfig> out) {
        if (done.contains(name)) {
            return;
        }
        ServiceConfig s = services.get(name);
        if (s == null) {
            throw new StackConversionException("depends_on names service \"" + name + "\", which is not defined");
        }
        if (!path.add(name)) {
            throw new StackConversionException("depends_on has a cycle through service \"" + name + "\"");
        }
        for (String dep : s.dependsOn()) {
            visit(dep, services, done, path, out);
        }
        path.remove(name);
        done.add(name);
        out.add(s);
    }
}
