package dev.gantry.adapter.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.exception.BadRequestException;
import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.exception.NotModifiedException;
import com.github.dockerjava.api.exception.UnauthorizedException;
import dev.gantry.adapter.api.EndpointProfile;
import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.api.EngineException.Kind;
import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * Turns docker-java and transport exceptions into typed {@link EngineException}s whose message is a
 * sentence a user understands; the original stays as the cause for the log and a detail view.
 * Walks the whole cause chain, because docker-java wraps transport errors in RuntimeExceptions.
 * Every class in this package reuses {@link #translate}.
 */
final class EngineErrors {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PLAIN_HTTP_TO_TLS_ANSWER = "Client sent an HTTP request to an HTTPS server";

    private EngineErrors() {
    }

    static EngineException translate(EndpointProfile profile, Throwable error) {
        List<Throwable> chain = chain(error);
        for (Throwable t : chain) {
            if (t instanceof EngineException known) {
                return known;
            }
        }
        String where = where(profile);
        for (Throwable t : chain) {
            if (t instanceof DockerException answer) {
                return fromEngineAnswer(where, answer, error);
            }
        }
        return fromTransport(profile, where, chain, error);
    }

    /** What the user calls the endpoint: the socket path, or host:port. */
    static String where(EndpointProfile profile) {
        var host = profile.host();
        if ("tcp".equals(host.getScheme())) {
            return host.getHost() + ":" + host.getPort();
        }
        return host.getPath() != null ? host.getPath() : host.toString();
    }

    private static EngineException fromEngineAnswer(String where, DockerException answer, Throwable error) {
        String message = engineMessage(answer);
        String lower = message.toLowerCase(Locale.ROOT);
        if (answer.getHttpStatus() == 503 || lower.contains("not a swarm manager")
                || lower.contains("not part of a swarm")) {
            return new EngineException(Kind.NOT_SWARM_MANAGER, "The engine at " + where + " is not a swarm manager,"
                    + " so it has no services, tasks or nodes to show: " + message, error);
        }
        if (answer instanceof BadRequestException || answer.getHttpStatus() == 400) {
            if (message.contains(PLAIN_HTTP_TO_TLS_ANSWER)) {
                return new EngineException(Kind.PLAIN_HTTP_TO_TLS, "The engine at " + where + " expects TLS, but"
                        + " Gantry spoke plain HTTP to it: give this profile its TLS files (ca.pem, cert.pem, key.pem).",
                        error);
            }
            if (ApiNegotiation.retryVersion(message).isPresent()) {
                return new EngineException(Kind.API_TOO_OLD, "The engine at " + where + " refused Gantry's API"
                        + " version: " + message, error);
            }
            return new EngineException(Kind.BAD_REQUEST, "The engine at " + where + " rejected the request: "
                    + message, error);
        }
        if (answer instanceof NotFoundException || answer.getHttpStatus() == 404) {
            return new EngineException(Kind.NOT_FOUND, message, error);
        }
        if (answer instanceof ConflictException || answer.getHttpStatus() == 409) {
            return new EngineException(Kind.CONFLICT, message, error);
        }
        if (answer instanceof NotModifiedException || answer.getHttpStatus() == 304) {
            return new EngineException(Kind.CONFLICT, "Nothing changed: it already is in that state.", error);
        }
        if (lower.contains("out of sequence")) {
            return new EngineException(Kind.CONFLICT, "Someone changed it at the same time: " + message, error);
        }
        if (answer instanceof UnauthorizedException || answer.getHttpStatus() == 401) {
            return new EngineException(Kind.UNKNOWN, "The engine at " + where + " refused: not authorized ("
                    + message + ").", error);
        }
        return new EngineException(Kind.UNKNOWN, "The engine at " + where + " answered with an error: " + message,
                error);
    }

    /**
     * The engine's own sentence: docker-java's message is "Status NNN: " plus the body, which is
     * JSON {"message": "..."} for API errors and plain text for some (e.g. HTTP to a TLS port).
     */
    static String engineMessage(DockerException answer) {
        String raw = answer.getMessage() == null ? "" : answer.getMessage();
        String body = raw.replaceFirst("^Status \\d+: ", "").strip();
        if (body.startsWith("{")) {
            try {
                JsonNode message = JSON.readTree(body).path("message");
                if (message.isTextual()) {
                    body = message.asText().strip();
                }
            } catch (IOException ignored) {
                // not JSON after all: keep the text
            }
        }
        if (body.isEmpty()) {
            return "HTTP status " + answer.getHttpStatus() + " with no explanation";
        }
        return body;
    }

    private static EngineException fromTransport(EndpointProfile profile, String where, List<Throwable> chain,
            Throwable error) {
        Optional<Throwable> ssl = first(chain, SSLException.class);
        if (ssl.isPresent()) {
            EngineException tls = fromTls(profile, where, chain, ssl.get(), error);
            if (tls != null) {
                return tls;
            }
        }
        for (Throwable t : chain) {
            String msg = lower(t);
            if (t instanceof AccessDeniedException || msg.contains("permission denied")) {
                return new EngineException(Kind.PERMISSION_DENIED, "This user may not open the engine's socket "
                        + where + ": add the user to the socket's group (often \"docker\") or change its permissions.",
                        error);
            }
        }
        for (Throwable t : chain) {
            String msg = lower(t);
            if (t instanceof UnknownHostException) {
                return new EngineException(Kind.NOT_LISTENING, "The host name " + profile.host().getHost()
                        + " cannot be resolved: check the engine address.", error);
            }
            if (t instanceof NoRouteToHostException) {
                return new EngineException(Kind.NOT_LISTENING, "There is no route to " + where
                        + ": the host is down or unreachable from here.", error);
            }
            if (t instanceof ConnectException || t instanceof NoSuchFileException
                    || msg.contains("connection refused") || msg.contains("no such file")) {
                return new EngineException(Kind.NOT_LISTENING, "Nothing is listening at " + where
                        + ": is the engine running, and is this its address?", error);
            }
        }
        for (Throwable t : chain) {
            if (t instanceof SocketTimeoutException || t.getClass().getSimpleName().equals("ConnectTimeoutException")
                    || (t instanceof InterruptedIOException && lower(t).contains("time"))) {
                return new EngineException(Kind.TIMEOUT, "The engine at " + where
                        + " did not answer in time: it may be overloaded, or a firewall drops the connection.", error);
            }
        }
        for (Throwable t : chain) {
            String msg = lower(t);
            if (t instanceof EOFException || t.getClass().getSimpleName().equals("NoHttpResponseException")
                    || t.getClass().getSimpleName().equals("ConnectionClosedException")
                    || (t instanceof SocketException && (msg.contains("reset") || msg.contains("broken pipe")
                    || msg.contains("closed")))) {
                return new EngineException(Kind.CONNECTION_LOST, "The connection to the engine at " + where
                        + " was cut: the engine may have stopped or restarted.", error);
            }
        }
        return new EngineException(Kind.UNKNOWN, "Cannot use the engine at " + where + ": " + deepestMessage(chain),
                error);
    }

    private static EngineException fromTls(EndpointProfile profile, String where, List<Throwable> chain,
            Throwable ssl, Throwable error) {
        String ca = profile.usesTls() && profile.tls().caCert() != null ? " in " + profile.tls().caCert() : "";
        for (Throwable t : chain) {
            if (t instanceof CertificateExpiredException || t instanceof CertificateNotYetValidException) {
                return new EngineException(Kind.SERVER_CERT_REJECTED, "Gantry does not trust the engine at " + where
                        + ": its certificate is expired or not yet valid.", error);
            }
            if (t instanceof CertPathBuilderException || t instanceof CertPathValidatorException
                    || lower(t).contains("pkix path")) {
                return new EngineException(Kind.SERVER_CERT_REJECTED, "Gantry does not trust the engine at " + where
                        + ": its certificate is not signed by the CA" + ca + ".", error);
            }
            if (t instanceof SSLPeerUnverifiedException && lower(t).contains("doesn't match")) {
                return new EngineException(Kind.SERVER_CERT_REJECTED, "Gantry does not trust the engine at " + where
                        + ": its certificate is not issued for " + profile.host().getHost() + ".", error);
            }
        }
        for (Throwable t : chain) {
            String msg = lower(t);
            if (msg.contains("unsupported or unrecognized ssl message")
                    || msg.contains("plaintext connection")) {
                return new EngineException(Kind.INVALID_ENDPOINT, "The engine at " + where + " does not speak TLS on"
                        + " this port: remove the TLS files from the profile, or use the engine's TLS port.", error);
            }
        }
        for (Throwable t : chain) {
            String msg = lower(t);
            if (msg.contains("bad_certificate") || msg.contains("certificate_required")
                    || msg.contains("unknown_ca") || msg.contains("certificate_unknown")
                    || msg.contains("access_denied") || msg.contains("bad certificate")
                    || ((msg.contains("broken pipe") || msg.contains("connection reset")) && t == ssl)) {
                return clientCertRejected(profile, where, error);
            }
        }
        return null;
    }

    private static EngineException clientCertRejected(EndpointProfile profile, String where, Throwable error) {
        boolean hasCert = profile.usesTls() && profile.tls().clientCert() != null;
        String sentence = hasCert
                ? "The engine at " + where + " did not accept Gantry's client certificate "
                        + profile.tls().clientCert() + ": it is not signed by a CA the engine trusts."
                : "The engine at " + where + " requires a client certificate, and this profile has none:"
                        + " give it cert.pem and key.pem.";
        return new EngineException(Kind.CLIENT_CERT_REJECTED, sentence, error);
    }

    private static List<Throwable> chain(Throwable error) {
        List<Throwable> chain = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = error; t != null && seen.add(t) && chain.size() < 32; t = t.getCause()) {
            chain.add(t);
            for (Throwable suppressed : t.getSuppressed()) {
                if (seen.add(suppressed)) {
                    chain.add(suppressed);
                }
            }
        }
        return chain;
    }

    private static <T> Optional<Throwable> first(List<Throwable> chain, Class<T> type) {
        return chain.stream().filter(type::isInstance).findFirst();
    }

    private static String lower(Throwable t) {
        return t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
    }

    private static String deepestMessage(List<Throwable> chain) {
        for (int i = chain.size() - 1; i >= 0; i--) {
            String m = chain.get(i).getMessage();
            if (m != null && !m.isBlank()) {
                return m.strip();
            }
        }
        return chain.get(0).getClass().getSimpleName();
    }
}
