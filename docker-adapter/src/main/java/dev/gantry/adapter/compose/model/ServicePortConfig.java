package dev.gantry.adapter.compose.model;

/**
 * One published port in long form; a short form like "9000-9001:90-91/udp" expands to several.
 *
 * @param mode      "ingress" or "host" (short syntax gives "ingress")
 * @param published 0 when not published (the swarm picks none)
 * @param protocol  "tcp", "udp" or "sctp"
 */
public record ServicePortConfig(String mode, long target, long published, String protocol) {
}
