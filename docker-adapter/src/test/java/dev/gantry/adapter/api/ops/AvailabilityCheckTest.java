package dev.gantry.adapter.api.ops;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.NodeInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

class AvailabilityCheckTest {

    private static NodeInfo node(String id, String availability, String state) {
        return new NodeInfo(id, "host-" + id, "manager", availability, state, false, "20.10", "10.0.0.1");
    }

    @Test
    void drainingTheOnlyNodeWarns() {
        AvailabilityCheck c = AvailabilityCheck.of(List.of(node("a", "active", "ready")), "a", NodeAvailability.DRAIN);
        assertTrue(c.needsConfirmation());
        assertTrue(c.warning().contains("last active node"), c.warning());
    }

    @Test
    void drainingTheLastActiveNodeWarnsEvenWithOthersDrainedOrDown() {
        List<NodeInfo> nodes = List.of(node("a", "active", "ready"), node("b", "drain", "ready"), node("c", "active", "down"));
        assertTrue(AvailabilityCheck.of(nodes, "a", NodeAvailability.DRAIN).warning().contains("last active node"));
        assertTrue(AvailabilityCheck.of(nodes, "a", NodeAvailability.PAUSE).warning().contains("last active node"));
    }

    @Test
    void drainingOneOfSeveralStillAsksButDoesNotCallItTheLast() {
        List<NodeInfo> nodes = List.of(node("a", "active", "ready"), node("b", "active", "ready"));
        AvailabilityCheck c = AvailabilityCheck.of(nodes, "a", NodeAvailability.DRAIN);
        assertTrue(c.needsConfirmation());
        assertFalse(c.warning().contains("last"));
        AvailabilityCheck p = AvailabilityCheck.of(nodes, "a", NodeAvailability.PAUSE);
        assertFalse(p.needsConfirmation());
    }

    @Test
    void activatingNeverWarns() {
        AvailabilityCheck c = AvailabilityCheck.of(List.of(node("a", "drain", "ready")), "a", NodeAvailability.ACTIVE);
        assertFalse(c.needsConfirmation());
        assertNull(c.warning());
    }

    @Test
    void anUnknownNodeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> AvailabilityCheck.of(List.of(), "x", NodeAvailability.DRAIN));
    }
}
