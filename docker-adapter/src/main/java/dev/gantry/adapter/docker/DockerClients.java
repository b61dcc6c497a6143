package dev.gantry.adapter.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.DockerClientException;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import com.github.dockerjava.transport.DockerHttpClient;
import com.github.dockerjava.transport.SSLConfig;
import dev.gantry.adapter.api.EndpointProfile;
import dev.gantry.adapter.endpoint.DockerConfigDir;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds docker-java clients from profiles, with Gantry's own TLS ({@link PemSslConfig}) and never
 * from docker-java's environment defaults (DOCKER_HOST, DOCKER_TLS_VERIFY, contexts), which would
 * bypass the profile.
 *
 * <p>Two kinds of transport: a probe with short connection and response timeouts, used while
 * connecting so that every refusal comes within seconds; and the session's, with the same
 * connection timeout but no response timeout, because event, log and stats streams stay silent for
 * as long as nothing happens.
 */
final class DockerClients {

    private static final Logger LOG = LoggerFactory.getLogger(DockerClients.class);

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    /**
     * Bounds the connect probe (version and info). A busy swarm manager or a cold TLS stack on a
     * loaded laptop can take seconds to answer /info; 3 s failed healthy engines under load.
     */
    static final Duration PROBE_RESPONSE_TIMEOUT = Duration.ofSeconds(8);

    private DockerClients() {
    }

    /** The session's connection pool: events, listings, logs and operations. */
    static final int SESSION_CONNECTIONS = 32;

    /** The transport for a profile; {@code responseTimeout} null means none. */
    static DockerHttpClient transport(EndpointProfile profile, Duration responseTimeout) {
        return transport(profile, responseTimeout, SESSION_CONNECTIONS);
    }

    /** The same with its own pool of {@code maxConnections} (per route as well as in all). */
    static DockerHttpClient transport(EndpointProfile profile, Duration responseTimeout, int maxConnections) {
        ApacheDockerHttpClient.Builder http = new ApacheDockerHttpClient.Builder()
                .dockerHost(profile.host())
                .sslConfig(sslConfig(profile))
                .connectionTimeout(CONNECT_TIMEOUT)
                .maxConnections(maxConnections);
        if (responseTimeout != null) {
            http.responseTimeout(responseTimeout);
        }
        return http.build();
    }

    private static SSLConfig sslConfig(EndpointProfile profile) {
        String scheme = profile.host().getScheme();
        if (SocketOnlySslConfig.fits(scheme)) {
            return SocketOnlySslConfig.INSTANCE;
        }
        return profile.usesTls() && "tcp".equals(scheme) ? new PemSslConfig(profile.tls()) : null;
    }

    /** A client over an existing transport; {@code version} null sends unversioned paths. */
    static DockerClient client(EndpointProfile profile, ApiVersion version, DockerHttpClient transport) {
        return DockerClientImpl.getInstance(config(profile, version, true), transport);
    }

    private static DefaultDockerClientConfig config(EndpointProfile profile, ApiVersion version, boolean withAuth) {
        DefaultDockerClientConfig.Builder config = new DefaultDockerClientConfig.Builder()
                .withDockerHost(profile.host().toString())
                .withDockerTlsVerify(false);
        Path configDir = DockerConfigDir.ofThisProcess();
        if (withAuth && Files.isDirectory(configDir)) {
            // registry credentials for pulls; its context settings do not apply (the host is explicit)
            config.withDockerConfig(configDir.toString());
        }
        if (version != null) {
            config.withApiVersion(version.toString());
        }
        try {
            return config.build();
        } catch (DockerClientException e) {
            if (!withAuth) {
                throw e;
            }
            LOG.warn("Ignoring the docker config directory {} for registry credentials: {}", configDir, e.getMessage());
            return config(profile, version, false);
        }
    }

    /** A session-style client sending unversioned paths (the engine answers at its own version). */
    static DockerClient open(EndpointProfile profile) {
        return open(profile, null);
    }

    /** The long-lived client of a session, at the negotiated version. */
    static DockerClient open(EndpointProfile profile, ApiVersion version) {
        return client(profile, version, transport(profile, null));
    }

    static void closeQuietly(Closeable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (IOException | RuntimeException ignored) {
            // closing a client that failed to connect: nothing to report
        }
    }
}
