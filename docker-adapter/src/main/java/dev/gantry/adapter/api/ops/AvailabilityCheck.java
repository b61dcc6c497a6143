package dev.gantry.adapter.api.ops;

import dev.gantry.adapter.api.NodeInfo;
import java.util.List;
import java.util.Objects;

/**
 * What changing a node's availability would mean. Pure: {@link #of(List, String, NodeAvailability)}
 * decides from the node list. The UI asks for confirmation when {@link #needsConfirmation()}.
 *
 * @param warning a sentence for the user, or null when there is nothing to warn about
 */
public record AvailabilityCheck(String nodeId, String hostname, NodeAvailability target, boolean needsConfirmation,
                                String warning) {

    public static AvailabilityCheck of(List<NodeInfo> nodes, String nodeId, NodeAvailability target) {
        NodeInfo node = nodes.stream().filter(n -> n.id().equals(nodeId) || n.id().startsWith(nodeId)
                        || nodeId.equals(n.hostname()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No swarm node " + nodeId + "."));
        if (target != NodeAvailability.DRAIN && target != NodeAvailability.PAUSE) {
            return new AvailabilityCheck(node.id(), node.hostname(), target, false, null);
        }
        long otherActive = nodes.stream()
                .filter(n -> !n.id().equals(node.id()))
                .filter(n -> "active".equals(n.availability()) && "ready".equals(n.state()))
                .count();
        boolean thisActive = "active".equals(node.availability());
        if (otherActive == 0 && thisActive) {
            String what = target == NodeAvailability.DRAIN
                    ? "Draining " + node.hostname() + " stops every service task on it"
                    : "Pausing " + node.hostname() + " stops new tasks from being scheduled";
            return new AvailabilityCheck(node.id(), node.hostname(), target, true,
                    what + ", and it is the last active node of the swarm: "
                            + (target == NodeAvailability.DRAIN ? "services will have no node to run on." : "no node is left for new tasks."));
        }
        if (target == NodeAvailability.DRAIN) {
            return new AvailabilityCheck(node.id(), node.hostname(), target, true,
                    "Draining " + node.hostname() + " moves its tasks to the " + otherActive + " other active node(s).");
        }
        return new AvailabilityCheck(node.id(), node.hostname(), target, false, null);
    }

    public AvailabilityCheck {
        Objects.requireNonNull(nodeId);
        Objects.requireNonNull(target);
    }
}
