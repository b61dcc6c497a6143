package dev.gantry.adapter.api;

/**
 * One swarm node.
 *
 * @param role         manager or worker
 * @param availability active, pause or drain
 * @param state        ready, down, unknown, disconnected
 */
public record NodeInfo(String id, String hostname, String role, String availability, String state,
                       boolean leader, String engineVersion, String address) {
}
