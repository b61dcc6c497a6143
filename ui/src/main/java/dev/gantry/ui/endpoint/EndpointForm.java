package dev.gantry.ui.endpoint;

/**
 * What the user typed into the endpoint dialog, unchecked.
 *
 * @param useTls           whether the TLS files below apply (tcp:// only)
 * @param allowPlainRemote the opt-in to unencrypted tcp:// to a host other than this machine
 */
public record EndpointForm(String name, String host, boolean useTls, String caCert, String clientCert,
                           String clientKey, boolean verifyServer, boolean allowPlainRemote) {
}
