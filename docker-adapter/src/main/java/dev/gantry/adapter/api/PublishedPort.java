package dev.gantry.adapter.api;

/**
 * A published port. {@code published} is 0 when the engine chose none; {@code mode} is
 * "ingress" or "host" for services, "host" for plain containers.
 */
public record PublishedPort(String hostIp, int published, int target, String protocol, String mode) {

    @Override
    public String toString() {
        String host = hostIp == null || hostIp.isEmpty() || hostIp.equals("0.0.0.0") ? "" : hostIp + ":";
        String pub = published > 0 ? host + published + "→" : "";
        return pub + target + "/" + protocol + ("host".equals(mode) && published > 0 && hostIp == null ? " (host)" : "");
    }
}
