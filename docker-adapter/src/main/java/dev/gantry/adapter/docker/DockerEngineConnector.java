package dev.gantry.adapter.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.DockerException;
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
 *       ({@link ApiNegotiation}), then reads /info at that version (which also proves the engine accepts
 *       it: no separate ping, and /version is the same at any version); an engine that still refuses it
 *       ("client version X is too old/new") is retried once at the version it names;</li>
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
            JsonNode version = new RawApi(transport, () -> null).get("/version");
            ApiVersion negotiated = ApiNegotiation.negotiate(EngineErrors.where(profile),
                    JsonFields.text(version, "ApiVersion"));
            try {
                return read(transport, version, negotiated);
            } catch (RuntimeException refused) {
                Optional<ApiVersion> named = namedVersion(profile, refused);
                if (named.isEmpty()) {
                    throw refused;
                }
                LOG.info("The engine at {} refused API {}; retrying with the {} it names", profile.host(),
                        negotiated, named.get());
                return read(transport, version, named.get());
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

    /** Raw JSON: binding docker-java's Info and Version models the first time cost more CPU than the calls. */
    private static Probed read(DockerHttpClient transport, JsonNode version, ApiVersion api) {
        JsonNode info = new RawApi(transport, api::toString).get("/info");
        return new Probed(api, EngineInfoReader.of(version, info, api.toString()));
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
