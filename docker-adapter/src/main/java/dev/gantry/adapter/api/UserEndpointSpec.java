package dev.gantry.adapter.api;

/**
 * An endpoint as the user typed it in the endpoint dialog: strings as entered, blank meaning
 * "not set". Turned into an {@link EndpointProfile} by {@code dev.gantry.adapter.endpoint.UserEndpoint}.
 *
 * @param name             the label the user gave, or blank to use the host
 * @param host             unix:///path, npipe:////./pipe/name, tcp://host:port or host:port
 * @param caCert           path of the CA certificate (ca.pem) that signed the engine's certificate
 * @param clientCert       path of Gantry's client certificate (cert.pem)
 * @param clientKey        path of the client certificate's private key (key.pem)
 * @param verifyServer     false to skip checking the engine's certificate (the user's explicit choice)
 * @param allowPlainRemote true to allow unencrypted tcp:// to a host that is not this machine
 */
public record UserEndpointSpec(String name, String host, String caCert, String clientCert, String clientKey,
        boolean verifyServer, boolean allowPlainRemote) {
}
