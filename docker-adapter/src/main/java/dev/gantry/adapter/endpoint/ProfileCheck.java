package dev.gantry.adapter.endpoint;

import dev.gantry.adapter.api.EndpointProfile;
import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.api.EngineException.Kind;
import dev.gantry.adapter.api.TlsMaterial;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks a profile before any connection, so that the user hears about a missing file or an unsafe
 * choice instead of a confusing network error (docker-java would even fall back to plain HTTP
 * without cert.pem/key.pem):
 * <ul>
 *   <li>TLS files: each one set must be a readable file; with verification on, ca.pem is
 *       required; cert.pem and key.pem come together;</li>
 *   <li>plain tcp:// to a host that is not this machine needs the profile's explicit opt-in;</li>
 *   <li>a unix socket must exist, be a socket and be readable and writable for this user.</li>
 * </ul>
 */
public final class ProfileCheck {

    private ProfileCheck() {
    }

    /** @throws EngineException with the first problem found */
    public static void verify(EndpointProfile profile) {
        switch (profile.host().getScheme()) {
            case "unix" -> checkSocket(profile);
            case "tcp" -> checkTcp(profile);
            case "npipe" -> {
                // named pipes only exist on Windows; their errors come from the connection itself
            }
            default -> throw new EngineException(Kind.INVALID_ENDPOINT, "The engine address " + profile.host()
                    + " is not a unix://, npipe:// or tcp:// address.");
        }
    }

    private static void checkTcp(EndpointProfile profile) {
        if (profile.usesTls()) {
            checkTls(profile.tls());
            return;
        }
        String host = profile.host().getHost();
        if (!profile.allowPlainRemote() && !Loopback.isLoopback(host)) {
            throw new EngineException(Kind.INSECURE_REMOTE_REFUSED, "Gantry will not talk to the engine at "
                    + profile.host() + " without TLS: anyone on the network could read and control it. Give the"
                    + " profile its TLS files, or allow unencrypted connections to this host explicitly.");
        }
    }

    static void checkTls(TlsMaterial tls) {
        if (tls.verifyServer() && tls.caCert() == null) {
            throw new EngineException(Kind.TLS_MATERIAL_INCOMPLETE, "To verify the engine's certificate Gantry"
                    + " needs the CA certificate (ca.pem) that signed it; none is set.");
        }
        if ((tls.clientCert() == null) != (tls.clientKey() == null)) {
            Path given = tls.clientCert() != null ? tls.clientCert() : tls.clientKey();
            throw new EngineException(Kind.TLS_MATERIAL_INCOMPLETE, "The client certificate and its key go"
                    + " together, but only " + given + " is set.");
        }
        if (tls.verifyServer()) {
            requireReadable(tls.caCert(), "CA certificate");
        }
        if (tls.clientCert() != null) {
            requireReadable(tls.clientCert(), "client certificate");
            requireReadable(tls.clientKey(), "client key");
        }
    }

    private static void requireReadable(Path file, String what) {
        if (!Files.exists(file)) {
            throw new EngineException(Kind.TLS_MATERIAL_INCOMPLETE, "The " + what + " " + file.getFileName()
                    + " is missing: Gantry looked for " + file + ".");
        }
        if (!Files.isRegularFile(file)) {
            throw new EngineException(Kind.TLS_MATERIAL_INCOMPLETE, "The " + what + " " + file + " is not a file.");
        }
        if (!Files.isReadable(file)) {
            throw new EngineException(Kind.TLS_MATERIAL_INCOMPLETE, "The " + what + " " + file
                    + " cannot be read by this user: check its permissions.");
        }
    }

    private static void checkSocket(EndpointProfile profile) {
        Path socket = Path.of(profile.host().getPath());
        if (!Files.exists(socket)) {
            throw new EngineException(Kind.NOT_LISTENING, "No engine is listening at " + socket
                    + ": the socket does not exist. Is the Docker daemon running?");
        }
        if (Files.isDirectory(socket) || Files.isRegularFile(socket)) {
            throw new EngineException(Kind.NOT_LISTENING, socket + " is not a socket, so no engine listens there.");
        }
        if (!Files.isReadable(socket) || !Files.isWritable(socket)) {
            throw new EngineException(Kind.PERMISSION_DENIED, "This user may not open the engine's socket "
                    + socket + ": add the user to the socket's group (often \"docker\") or change its permissions.");
        }
    }
}
