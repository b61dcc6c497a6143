package dev.gantry.adapter.docker;

import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.ContainerPort;
import dev.gantry.adapter.api.ContainerInfo;
import dev.gantry.adapter.api.Health;
import dev.gantry.adapter.api.PublishedPort;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** docker-java's container list entry to {@link ContainerInfo}. */
final class ContainerMapper {

    private ContainerMapper() {
    }

    static ContainerInfo map(Container c) {
        return new ContainerInfo(
                c.getId(),
                name(c.getNames()),
                c.getImage(),
                c.getCommand(),
                c.getState(),
                c.getStatus(),
                healthFromStatus(c.getStatus()),
                ports(c.getPorts()),
                labels(c.getLabels()),
                Times.ofEpochSeconds(c.getCreated()));
    }

    static String name(String[] names) {
        if (names == null || names.length == 0 || names[0] == null) {
            return "";
        }
        String n = names[0];
        return n.startsWith("/") ? n.substring(1) : n;
    }

    /**
     * The list call carries health only inside the human status: "Up 5 seconds (healthy)",
     * "(unhealthy)" or "(health: starting)".
     */
    static Health healthFromStatus(String status) {
        if (status == null) {
            return Health.NONE;
        }
        if (status.contains("(healthy)")) {
            return Health.HEALTHY;
        }
        if (status.contains("(unhealthy)")) {
            return Health.UNHEALTHY;
        }
        if (status.contains("(health: starting)")) {
            return Health.STARTING;
        }
        return Health.NONE;
    }

    /** The engine lists a port twice when bound on both 0.0.0.0 and ::; keep one. */
    static List<PublishedPort> ports(ContainerPort[] ports) {
        if (ports == null) {
            return List.of();
        }
        Set<PublishedPort> out = new LinkedHashSet<>();
        for (ContainerPort p : ports) {
            int target = p.getPrivatePort() == null ? 0 : p.getPrivatePort();
            int published = p.getPublicPort() == null ? 0 : p.getPublicPort();
            String ip = p.getIp();
            if ("::".equals(ip)) {
                ip = "0.0.0.0";
            }
            out.add(new PublishedPort(ip, published, target, p.getType() == null ? "tcp" : p.getType(), "host"));
        }
        return new ArrayList<>(out);
    }

    static Map<String, String> labels(Map<String, String> labels) {
        return labels == null ? Map.of() : labels;
    }
}
