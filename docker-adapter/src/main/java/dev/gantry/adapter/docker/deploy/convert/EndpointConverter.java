package dev.gantry.adapter.docker.deploy.convert;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.adapter.compose.model.ServicePortConfig;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** EndpointSpec: resolution mode and published ports (short and long syntax, ingress or host). */
final class EndpointConverter {

    /** As docker CLI 28 sorts them: by published port; the sort is stable, ties keep file order. */
    private static final Comparator<ServicePortConfig> ORDER = Comparator.comparingLong(ServicePortConfig::published);

    private EndpointConverter() {
    }

    static ObjectNode endpointSpec(String endpointMode, List<ServicePortConfig> ports) {
        ObjectNode o = Json.object();
        Json.putText(o, "Mode", endpointMode == null ? null : endpointMode.toLowerCase(Locale.ROOT));
        if (!ports.isEmpty()) {
            ArrayNode a = o.putArray("Ports");
            ports.stream().sorted(ORDER).forEach(p -> {
                ObjectNode port = a.addObject();
                Json.putText(port, "Protocol", p.protocol());
                port.put("TargetPort", p.target());
                if (p.published() != 0) {
                    port.put("PublishedPort", p.published());
                }
                Json.putText(port, "PublishMode", p.mode());
            });
        }
        return o;
    }
}
