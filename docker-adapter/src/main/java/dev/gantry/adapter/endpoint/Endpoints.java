package dev.gantry.adapter.endpoint;

import dev.gantry.adapter.api.EndpointProfile;
import dev.gantry.adapter.api.TlsMaterial;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The docker CLI's "default" context: {@code DOCKER_HOST}, {@code DOCKER_TLS_VERIFY},
 * {@code DOCKER_TLS} and {@code DOCKER_CERT_PATH}, or the platform default. Contexts are in
 * {@link DockerContexts}; which one applies is {@link EndpointResolver}'s job.
 */
public final class Endpoints {

    /** The name the docker CLI gives the context made of DOCKER_HOST and the platform default. */
    public static final String DEFAULT_CONTEXT = "default";

    private Endpoints() {
    }

    public static EndpointProfile platformDefault() {
        return platformDefault(System.getProperty("os.name", ""));
    }

    static EndpointProfile platformDefault(String osName) {
        boolean windows = osName.toLowerCase(Locale.ROOT).startsWith("windows");
        URI host = windows ? URI.create("npipe://" + HostParser.DEFAULT_NAMED_PIPE)
                : URI.create("unix://" + HostParser.DEFAULT_UNIX_SOCKET);
        return new EndpointProfile(DEFAULT_CONTEXT, host, null, false, EndpointProfile.Source.PLATFORM_DEFAULT);
    }

    /**
     * DOCKER_HOST with its TLS variables, when DOCKER_HOST is set; the certificate directory
     * defaults to the docker config directory of this process.
     */
    public static Optional<EndpointProfile> fromEnvironment(Map<String, String> env) {
        return fromEnvironment(env, DockerConfigDir.resolve(env, Path.of(System.getProperty("user.home"))));
    }

    /**
     * DOCKER_HOST with its TLS variables, read as the docker CLI does: TLS is on when
     * DOCKER_TLS_VERIFY or DOCKER_TLS is non-empty; the engine is verified when DOCKER_TLS_VERIFY
     * is non-empty (whatever its value, "0" included); the files are ca.pem, cert.pem and key.pem
     * in DOCKER_CERT_PATH, else in the config directory. Unlike the CLI, a missing cert.pem/key.pem
     * is not silently dropped: the profile names them and the pre-connect check reports them.
     *
     * @param configDir the docker config directory (DOCKER_CONFIG or ~/.docker), for the cert default
     * @throws dev.gantry.adapter.api.EngineException INVALID_ENDPOINT when DOCKER_HOST is malformed
     */
    public static Optional<EndpointProfile> fromEnvironment(Map<String, String> env, Path configDir) {
        String host = env.get("DOCKER_HOST");
        if (host == null || host.isEmpty()) {
            return Optional.empty();
        }
        URI uri = HostParser.parse(host, "DOCKER_HOST");
        return Optional.of(new EndpointProfile("DOCKER_HOST", uri, tlsFromEnvironment(env, configDir, uri), false,
                EndpointProfile.Source.ENVIRONMENT));
    }

    /**
     * The "default" context: DOCKER_HOST when set, else the platform default; with TLS variables set
     * and no DOCKER_HOST, the CLI's tcp://localhost:2376.
     */
    public static EndpointProfile defaultContext(Map<String, String> env, Path configDir, String osName) {
        Optional<EndpointProfile> fromEnv = fromEnvironment(env, configDir);
        if (fromEnv.isPresent()) {
            return fromEnv.get();
        }
        if (tlsEnabled(env)) {
            URI tlsDefault = URI.create("tcp://localhost:2376");
            return new EndpointProfile(DEFAULT_CONTEXT, tlsDefault, tlsFromEnvironment(env, configDir, tlsDefault),
                    false, EndpointProfile.Source.ENVIRONMENT);
        }
        return platformDefault(osName);
    }

    public static EndpointProfile defaultContext(Map<String, String> env, Path configDir) {
        return defaultContext(env, configDir, System.getProperty("os.name", ""));
    }

    private static TlsMaterial tlsFromEnvironment(Map<String, String> env, Path configDir, URI host) {
        if (!tlsEnabled(env) || !"tcp".equals(host.getScheme())) {
            return null;
        }
        boolean verify = nonEmpty(env.get("DOCKER_TLS_VERIFY"));
        String certPath = env.get("DOCKER_CERT_PATH");
        Path dir = nonEmpty(certPath) ? Path.of(certPath) : configDir;
        return TlsMaterial.fromDirectory(dir, verify);
    }

    private static boolean tlsEnabled(Map<String, String> env) {
        return nonEmpty(env.get("DOCKER_TLS_VERIFY")) || nonEmpty(env.get("DOCKER_TLS"));
    }

    private static boolean nonEmpty(String s) {
        return s != null && !s.isEmpty();
    }
}
