package dev.gantry.adapter.docker;

import static dev.gantry.adapter.docker.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.adapter.api.ContainerInfo;
import dev.gantry.adapter.api.Health;
import dev.gantry.adapter.api.PublishedPort;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** An entry of the engine's container list (GET /containers/json) to {@link ContainerInfo}. */
final class ContainerMapper {

    private ContainerMapper() {
    }

    static ContainerInfo map(JsonNode c) {
        String status = text(c, "Status");
        return new ContainerInfo(
                text(c, "Id"),
                name(c.path("Names")),
                text(c, "Image"),
                text(c, "Command"),
                text(c, "State"),
                status,
                healthFromStatus(status),
                ports(c.path("Ports")),
                JsonFields.strings(c.path("Labels")),
                Times.ofEpochSeconds(JsonFields.longOrNull(c, "Created")));
    }

    /** The first name without its leading "/", or "" when there is none. */
    static String name(JsonNode names) {
        JsonNode first = names.path(0);
        if (!first.isTextual()) {
            return "";
        }
        String n = first.asText();
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
    static List<PublishedPort> ports(JsonNode ports) {
        Set<PublishedPort> out = new LinkedHashSet<>();
        for (JsonNode p : JsonFields.elements(ports)) {
            String ip = text(p, "IP");
            if ("::".equals(ip)) {
                ip = "0.0.0.0";
            }
            String type = text(p, "Type");
            out.add(new PublishedPort(ip, p.path("PublicPort").asInt(0), p.path("PrivatePort").asInt(0),
                    type == null ? "tcp" : type, "host"));
        }
        return new ArrayList<>(out);
    }
}
