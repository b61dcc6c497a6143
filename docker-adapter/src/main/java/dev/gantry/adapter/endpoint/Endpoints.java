package dev.gantry.adapter.endpoint;

import dev.gantry.adapter.api.EndpointProfile;
import dev.gantry.adapter.api.TlsMaterial;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Where the docker CLI would connect, without contexts: DOCKER_HOST or the platform default. */
public final class Endpoints {

    private Endpoints() {
    }

    public static EndpointProfile platformDefault() {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        URI host = URI.create(windows ? "npipe:////./pipe/docker_engine" : "unix:///var/run/docker.sock");
        return new EndpointProfile("default", host, null, false, EndpointProfile.Source.PLATFORM_DEFAULT);
    }

    /** DOCKER_HOST with DOCKER_TLS_VERIFY and DOCKER_CERT_PATH, as the docker CLI reads them. */
    public static Optional<EndpointProfile> fromEnvironment(Map<String, String> env) {
        String host = env.get("DOCKER_HOST");
        if (host == null || host.isBlank()) {
            return Optional.empty();
        }
        boolean verify = env.containsKey("DOCKER_TLS_VERIFY") && !env.get("DOCKER_TLS_VERIFY").isEmpty();
        String certPath = env.get("DOCKER_CERT_PATH");
        TlsMaterial tls = null;
        if (verify || (certPath != null && !certPath.isBlank())) {
            Path dir = certPath == null || certPath.isBlank()
                    ? Path.of(System.getProperty("user.home"), ".docker")
                    : Path.of(certPath);
            tls = TlsMaterial.fromDirectory(dir, verify);
        }
        return Optional.of(new EndpointProfile("DOCKER_HOST", URI.create(host.trim()), tls, false,
                EndpointProfile.Source.ENVIRONMENT));
    }
}
