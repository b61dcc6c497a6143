package dev.gantry.ui.settings;

import dev.gantry.adapter.api.EndpointProfile;
import dev.gantry.adapter.api.TlsMaterial;
import java.net.URI;
import java.nio.file.Path;

/**
 * An endpoint as stored in the settings file: plain strings, so the file stays readable and
 * stable whatever the profile record grows. Paths are null when absent.
 */
public record SavedEndpoint(String name, String host, String caCert, String clientCert, String clientKey,
                            boolean verifyServer, boolean allowPlainRemote, String source) {

    public static SavedEndpoint of(EndpointProfile p) {
        TlsMaterial t = p.tls();
        return new SavedEndpoint(p.name(), p.host().toString(),
                t == null ? null : str(t.caCert()), t == null ? null : str(t.clientCert()),
                t == null ? null : str(t.clientKey()), t != null && t.verifyServer(), p.allowPlainRemote(),
                p.source().name());
    }

    public EndpointProfile toProfile() {
        TlsMaterial tls = caCert == null && clientCert == null && clientKey == null ? null
                : new TlsMaterial(path(caCert), path(clientCert), path(clientKey), verifyServer);
        EndpointProfile.Source src;
        try {
            src = source == null ? EndpointProfile.Source.USER : EndpointProfile.Source.valueOf(source);
        } catch (IllegalArgumentException e) {
            src = EndpointProfile.Source.USER;
        }
        return new EndpointProfile(name, URI.create(host), tls, allowPlainRemote, src);
    }

    private static String str(Path p) {
        return p == null ? null : p.toString();
    }

    private static Path path(String s) {
        return s == null || s.isBlank() ? null : Path.of(s);
    }
}
