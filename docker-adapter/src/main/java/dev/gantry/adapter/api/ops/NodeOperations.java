package dev.gantry.adapter.api.ops;

/** Swarm node availability. */
public interface NodeOperations {

    /** Reads the swarm's nodes and says what the change would mean (e.g. draining the last active node). */
    AvailabilityCheck check(String node, NodeAvailability target);

    /** Sets the availability; call {@link #check} first and confirm its warning with the user. */
    void setAvailability(String node, NodeAvailability target);
}
