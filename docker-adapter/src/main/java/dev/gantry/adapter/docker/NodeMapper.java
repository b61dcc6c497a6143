package dev.gantry.adapter.docker;

import com.github.dockerjava.api.model.SwarmNode;
import com.github.dockerjava.api.model.SwarmNodeDescription;
import com.github.dockerjava.api.model.SwarmNodeSpec;
import com.github.dockerjava.api.model.SwarmNodeStatus;
import dev.gantry.adapter.api.NodeInfo;
import java.util.Locale;

/** docker-java's swarm node to {@link NodeInfo}. */
final class NodeMapper {

    private NodeMapper() {
    }

    static NodeInfo map(SwarmNode n) {
        SwarmNodeSpec spec = n.getSpec();
        SwarmNodeDescription d = n.getDescription();
        SwarmNodeStatus status = n.getStatus();
        return new NodeInfo(
                n.getId(),
                d == null ? null : d.getHostname(),
                spec == null || spec.getRole() == null ? null : lower(spec.getRole().name()),
                spec == null || spec.getAvailability() == null ? null : lower(spec.getAvailability().name()),
                status == null || status.getState() == null ? null : lower(status.getState().name()),
                n.getManagerStatus() != null && n.getManagerStatus().isLeader(),
                d == null || d.getEngine() == null ? null : d.getEngine().getEngineVersion(),
                status == null ? null : status.getAddress());
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
