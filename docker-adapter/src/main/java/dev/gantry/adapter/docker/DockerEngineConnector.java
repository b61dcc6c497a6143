package dev.gantry.adapter.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.model.Version;
import com.github.dockerjava.transport.DockerHttpClient;
import dev.gantry.adapter.api.EndpointProfile;
import dev.gantry.adapter.api.EngineConnector;
import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.api.EngineInfo;
import dev.gantry.adapter.api.EngineSession;
import dev.gantry.adapter.endpoint.ProfileCheck;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connects to engines through docker-java:
 * <ol>
 *   <li>{@link ProfileCheck}: TLS files, plain remote tcp://, the socket (no connection yet);</li>
 *   <li>for TLS, a handshake of Gantry's own with timeouts ({@link TlsPreflight});</li>
 *   <li>a probe with short timeouts reads /version unversioned and negotiates the API version
 *       ({@link ApiNegotiation}), then pings and reads version/info at that version; an engine that
 *       still refuses it ("client version X is too old/new") is retried once at the version it names;</li>
 *   <li>the session gets its own long-lived client at the negotiated version.</li>
 * </ol>
 * Every failure is an {@link EngineException} with a user-facing sentence ({@link EngineErrors}).
 */
public final class DockerEngineConnector implements EngineConnector {

    private static final Logger LOG = LoggerFactory.getLogger(DockerEngineConnector.class);

    private final java.util.function.Function<EndpointProfile, dev.gantry.adapter.ops.StackChangeLog> stackChanges;

    /** Sessions keep the stack change log (for stack rollback) in memory only. */
    public DockerEngineConnector() {
        this(p -> dev.gantry.adapter.ops.StackChangeLog.inMemory());
    }

    /** Sessions get their stack change log from {@code stackChanges}, e.g. a persistent one per endpoint. */
    public DockerEngineConnector(java.util.function.Function<EndpointProfile, dev.gantry.adapter.ops.StackChangeLog> stackChanges) {
        this.stackChanges = stackChanges;
    }

    @Override
    public EngineSession connect(EndpointProfile profile) {
        Probed probed = probe(profile);
        DockerClient client = null;
        try {
            client = DockerClients.open(profile, probed.version());
            return new DockerEngineSession(profile, client, probed.info(), stackChanges.apply(profile));
        } catch (RuntimeException e) {
            DockerClients.closeQuietly(client);
            throw EngineErrors.translate(profile, e);
        }
    }

    /** Checks, negotiates and reads version/info, then closes: the endpoint dialog's "Test". */
    @Override
    public EngineInfo test(EndpointProfile profile) {
        return probe(profile).info();
    }

    private record Probed(ApiVersion version, EngineInfo info) {
    }

    private static Probed probe(EndpointProfile profile) {
        ProfileCheck.verify(profile);
        DockerHttpClient transport = null;
        try {
            TlsPreflight.handshake(profile);
            transport = DockerClients.transport(profile, DockerClients.PROBE_RESPONSE_TIMEOUT);
            Version version = DockerClients.client(profile, null, transport).versionCmd().exec();
            ApiVersion negotiated = ApiNegotiation.negotiate(EngineErrors.where(profile), version.getApiVersion());
            try {
                return read(profile, transport, negotiated);
            } catch (RuntimeException refused) {
                Optional<ApiVersion> named = namedVersion(profile, refused);
                if (named.isEmpty()) {
                    throw refused;
                }
                LOG.info("The engine at {} refused API {}; retrying with the {} it names", profile.host(),
                        negotiated, named.get());
                return read(profile, transport, named.get());
            }
        } catch (IOException | RuntimeException e) {
            throw explain(profile, e);
        } finally {
            DockerClients.closeQuietly(transport);
        }
    }

    /** The typed error; a TLS connection cut while connecting is asked for the engine's alert. */
    private static EngineException explain(EndpointProfile profile, Exception e) {
        EngineException typed = EngineErrors.translate(profile, e);
        if (typed.kind() != EngineException.Kind.CONNECTION_LOST || !profile.usesTls()) {
            return typed;
        }
        return TlsPreflight.alert(profile).map(alert -> {
            alert.addSuppressed(e);
            return EngineErrors.translate(profile, alert);
        }).filter(explained -> explained.kind() != EngineException.Kind.UNKNOWN).orElse(typed);
    }

    private static Probed read(EndpointProfile profile, DockerHttpClient transport, ApiVersion version) {
        DockerClient client = DockerClients.client(profile, version, transport);
        return new Probed(version, EngineInfoReader.read(client, version.toString()));
    }

    /** The version an engine names when refusing ours, if it is one Gantry accepts. */
    private static Optional<ApiVersion> namedVersion(EndpointProfile profile, RuntimeException refused) {
        EngineException typed = EngineErrors.translate(profile, refused);
        if (typed.kind() != EngineException.Kind.API_TOO_OLD) {
            return Optional.empty();
        }
        Optional<ApiVersion> named = ApiNegotiation.retryVersion(
                refused instanceof DockerException d ? EngineErrors.engineMessage(d) : refused.getMessage());
        named.ifPresent(v -> ApiNegotiation.requireSupported(EngineErrors.where(profile), v));
        return named;
    }
}
