package dev.gantry.adapter.endpoint;

import dev.gantry.adapter.api.EndpointProfile;
import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.api.TlsMaterial;
import dev.gantry.adapter.api.UserEndpointSpec;
import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Turns what the user typed in the endpoint dialog into a profile. Only the form is checked here
 * (the host is an engine address, TLS paths are paths, what goes together is there);
 * {@link ProfileCheck} checks the files and the socket before connecting.
 */
public final class UserEndpoint {

    private UserEndpoint() {
    }

    /** @throws EngineException INVALID_ENDPOINT or TLS_MATERIAL_INCOMPLETE with a sentence naming the field */
    public static EndpointProfile parse(UserEndpointSpec spec) {
        URI host = HostParser.parse(spec.host(), "The engine address");
        Path ca = path(spec.caCert(), "CA certificate");
        Path cert = path(spec.clientCert(), "client certificate");
        Path key = path(spec.clientKey(), "client key");
        boolean anyTlsFile = ca != null || cert != null || key != null;
        boolean tls = anyTlsFile || !spec.verifyServer();
        TlsMaterial material = null;
        if (tls) {
            if (!"tcp".equals(host.getScheme())) {
                throw new EngineException(EngineException.Kind.INVALID_ENDPOINT, "TLS files only apply to tcp://"
                        + " addresses; " + host + " is a local " + host.getScheme() + " address: clear them.");
            }
            if (spec.verifyServer() && ca == null) {
                throw new EngineException(EngineException.Kind.TLS_MATERIAL_INCOMPLETE, "To verify the engine,"
                        + " choose the CA certificate (ca.pem) that signed its certificate, or turn verification off.");
            }
            if ((cert == null) != (key == null)) {
                throw new EngineException(EngineException.Kind.TLS_MATERIAL_INCOMPLETE, cert == null
                        ? "A client key is set but no client certificate (cert.pem): choose both or neither."
                        : "A client certificate is set but no client key (key.pem): choose both or neither.");
            }
            material = new TlsMaterial(spec.verifyServer() ? ca : null, cert, key, spec.verifyServer());
        }
        String name = spec.name() == null || spec.name().isBlank() ? host.toString() : spec.name().strip();
        return new EndpointProfile(name, host, material, spec.allowPlainRemote(), EndpointProfile.Source.USER);
    }

    private static Path path(String value, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Path.of(value.strip());
        } catch (InvalidPathException e) {
            throw new EngineException(EngineException.Kind.INVALID_ENDPOINT,
                    "The " + what + " path \"" + value + "\" is not a valid file path: " + e.getReason() + ".");
        }
    }
}
