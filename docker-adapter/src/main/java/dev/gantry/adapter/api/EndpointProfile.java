package dev.gantry.adapter.api;

import java.net.URI;
import java.util.Objects;

/**
 * How to reach one Docker Engine. Immutable; created from the platform default, the DOCKER_*
 * environment, a docker context, or what the user entered.
 *
 * @param name              what the user sees (context name, "default", or their own label)
 * @param host              unix://, npipe://, tcp:// (or https://)
 * @param tls               TLS files, or null for none
 * @param allowPlainRemote  the user's explicit opt-in to plain tcp:// to a non-loopback host
 * @param source            where the profile came from
 */
public record EndpointProfile(String name, URI host, TlsMaterial tls, boolean allowPlainRemote, Source source) {

    public enum Source { PLATFORM_DEFAULT, ENVIRONMENT, CONTEXT, USER }

    public EndpointProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(source, "source");
    }

    public boolean usesTls() {
        return tls != null;
    }

    public EndpointProfile withName(String newName) {
        return new EndpointProfile(newName, host, tls, allowPlainRemote, source);
    }
}
