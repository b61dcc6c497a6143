package dev.gantry.adapter.api;

import java.nio.file.Path;

/**
 * TLS files for a tcp:// endpoint. Any path may be null when absent; {@code verifyServer} false is
 * the docker CLI's SkipTLSVerify. Completeness is checked before connecting (docker-java silently
 * falls back to plain HTTP when cert.pem/key.pem are missing).
 */
public record TlsMaterial(Path caCert, Path clientCert, Path clientKey, boolean verifyServer) {

    /** The docker CLI's layout: ca.pem, cert.pem and key.pem in one directory. */
    public static TlsMaterial fromDirectory(Path dir, boolean verifyServer) {
        return new TlsMaterial(dir.resolve("ca.pem"), dir.resolve("cert.pem"), dir.resolve("key.pem"), verifyServer);
    }
}
