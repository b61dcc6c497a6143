package dev.gantry.adapter.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.dockerjava.api.exception.BadRequestException;
import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.InternalServerErrorException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.exception.NotModifiedException;
import dev.gantry.adapter.api.EndpointProfile;
import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.api.EngineException.Kind;
import dev.gantry.adapter.api.TlsMaterial;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.security.cert.CertPathBuilderException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.junit.jupiter.api.Test;

/**
 * The mapping itself, with exceptions shaped like the ones docker-java and the JDK raise (pure
 * logic). The real ones are proven against the engine in MutualTlsConnectionTest and
 * UnixSocketConnectionTest.
 */
class EngineErrorsTest {

    private static final EndpointProfile TLS = new EndpointProfile("tls", URI.create("tcp://10.0.0.5:2376"),
            new TlsMaterial(Path.of("/c/ca.pem"), Path.of("/c/cert.pem"), Path.of("/c/key.pem"), true), false,
            EndpointProfile.Source.USER);
    private static final EndpointProfile TLS_NO_CLIENT_CERT = new EndpointProfile("tls", URI.create("tcp://10.0.0.5:2376"),
            new TlsMaterial(Path.of("/c/ca.pem"), null, null, true), false, EndpointProfile.Source.USER);
    private static final EndpointProfile SOCKET = new EndpointProfile("s", URI.create("unix:///var/run/docker.sock"),
            null, false, EndpointProfile.Source.USER);

    /** docker-java wraps transport errors: RuntimeException(IOException). Engine answers carry only the body. */
    private static RuntimeException wrapped(Throwable t) {
        return new RuntimeException(t);
    }

    @Test
    void badCertificateAlertIsTheClientCertRejected() {
        EngineException e = EngineErrors.translate(TLS,
                wrapped(new SSLHandshakeException("Received fatal alert: bad_certificate")));
        assertEquals(Kind.CLIENT_CERT_REJECTED, e.kind());
        assertTrue(e.getMessage().contains("did not accept Gantry's client certificate /c/cert.pem"), e.getMessage());
        assertTrue(e.getMessage().contains("10.0.0.5:2376"), e.getMessage());
    }

    @Test
    void certificateRequiredAlertWithoutClientCertSaysSo() {
        EngineException e = EngineErrors.translate(TLS_NO_CLIENT_CERT,
                wrapped(new SSLHandshakeException("Received fatal alert: certificate_required")));
        assertEquals(Kind.CLIENT_CERT_REJECTED, e.kind());
        assertTrue(e.getMessage().contains("requires a client certificate"), e.getMessage());
    }

    @Test
    void brokenPipeInsideTlsIsTheClientCertRejected() {
        SSLHandshakeException ssl = new SSLHandshakeException("Broken pipe");
        assertEquals(Kind.CLIENT_CERT_REJECTED, EngineErrors.translate(TLS, wrapped(ssl)).kind());
    }

    @Test
    void pkixFailureIsTheServerCertRejectedNamingTheCa() {
        SSLHandshakeException ssl = new SSLHandshakeException("PKIX path building failed: "
                + "sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path");
        ssl.initCause(new CertPathBuilderException("unable to find valid certification path to requested target"));
        EngineException e = EngineErrors.translate(TLS, wrapped(ssl));
        assertEquals(Kind.SERVER_CERT_REJECTED, e.kind());
        assertTrue(e.getMessage().contains("not signed by the CA in /c/ca.pem"), e.getMessage());
    }

    @Test
    void hostNameMismatchIsTheServerCertRejected() {
        EngineException e = EngineErrors.translate(TLS, wrapped(new SSLPeerUnverifiedException(
                "Certificate for <10.0.0.5> doesn't match any of the subject alternative names: [localhost]")));
        assertEquals(Kind.SERVER_CERT_REJECTED, e.kind());
        assertTrue(e.getMessage().contains("not issued for 10.0.0.5"), e.getMessage());
    }

    @Test
    void tlsToAPlainPortIsNamed() {
        EngineException e = EngineErrors.translate(TLS, wrapped(new javax.net.ssl.SSLException(
                "Unsupported or unrecognized SSL message")));
        assertEquals(Kind.INVALID_ENDPOINT, e.kind());
        assertTrue(e.getMessage().contains("does not speak TLS"), e.getMessage());
    }

    @Test
    void plainHttpToTheTlsPortIsRecognisedFromDockerdsAnswer() {
        EngineException e = EngineErrors.translate(TLS,
                new BadRequestException("Client sent an HTTP request to an HTTPS server.\n"));
        assertEquals(Kind.PLAIN_HTTP_TO_TLS, e.kind());
    }

    @Test
    void connectionRefusedIsNotListening() {
        EngineException e = EngineErrors.translate(TLS, wrapped(new ConnectException("Connection refused")));
        assertEquals(Kind.NOT_LISTENING, e.kind());
        assertTrue(e.getMessage().contains("Nothing is listening at 10.0.0.5:2376"), e.getMessage());
    }

    @Test
    void refusedSocketIsNotListeningNamingThePath() {
        EngineException e = EngineErrors.translate(SOCKET, wrapped(new SocketException("Connection refused")));
        assertEquals(Kind.NOT_LISTENING, e.kind());
        assertTrue(e.getMessage().contains("/var/run/docker.sock"), e.getMessage());
    }

    @Test
    void socketPermissionDenied() {
        EngineException e = EngineErrors.translate(SOCKET, wrapped(new SocketException("Permission denied")));
        assertEquals(Kind.PERMISSION_DENIED, e.kind());
        assertTrue(e.getMessage().contains("/var/run/docker.sock"), e.getMessage());
    }

    @Test
    void unknownHostIsNotListeningNamingTheHost() {
        EngineException e = EngineErrors.translate(TLS, wrapped(new UnknownHostException("10.0.0.5")));
        assertEquals(Kind.NOT_LISTENING, e.kind());
        assertTrue(e.getMessage().contains("cannot be resolved"), e.getMessage());
    }

    @Test
    void timeouts() {
        assertEquals(Kind.TIMEOUT, EngineErrors.translate(TLS, wrapped(new SocketTimeoutException("Read timed out"))).kind());
        assertEquals(Kind.TIMEOUT, EngineErrors.translate(TLS,
                wrapped(new org.apache.hc.client5.http.ConnectTimeoutException("Connect timed out"))).kind());
    }

    @Test
    void cutConnectionIsConnectionLost() {
        assertEquals(Kind.CONNECTION_LOST, EngineErrors.translate(SOCKET,
                wrapped(new org.apache.hc.core5.http.NoHttpResponseException("localhost:2375 failed to respond"))).kind());
        assertEquals(Kind.CONNECTION_LOST, EngineErrors.translate(SOCKET,
                wrapped(new SocketException("Connection reset"))).kind());
    }

    @Test
    void engineAnswersMapToTheirKindsWithTheEnginesSentence() {
        EngineException notFound = EngineErrors.translate(SOCKET,
                new NotFoundException("{\"message\":\"No such container: gt-x\"}\n"));
        assertEquals(Kind.NOT_FOUND, notFound.kind());
        assertEquals("No such container: gt-x", notFound.getMessage());
        EngineException conflict = EngineErrors.translate(SOCKET,
                new ConflictException("{\"message\":\"network gt-n has active endpoints\"}\n"));
        assertEquals(Kind.CONFLICT, conflict.kind());
        assertEquals("network gt-n has active endpoints", conflict.getMessage());
        EngineException bad = EngineErrors.translate(SOCKET,
                new BadRequestException("{\"message\":\"invalid reference format\"}\n"));
        assertEquals(Kind.BAD_REQUEST, bad.kind());
        assertTrue(bad.getMessage().endsWith("invalid reference format"), bad.getMessage());
        assertEquals(Kind.CONFLICT, EngineErrors.translate(SOCKET, new NotModifiedException("")).kind());
    }

    @Test
    void notASwarmManager() {
        EngineException e = EngineErrors.translate(SOCKET, new DockerException("{\"message\":\"This node is"
                + " not a swarm manager. Use \\\"docker swarm init\\\" or \\\"docker swarm join\\\" to connect this node"
                + " to swarm and try again.\"}\n", 503));
        assertEquals(Kind.NOT_SWARM_MANAGER, e.kind());
        assertTrue(e.getMessage().contains("not a swarm manager"), e.getMessage());
    }

    @Test
    void clientVersionTooOldIsApiTooOld() {
        EngineException e = EngineErrors.translate(SOCKET, new BadRequestException("{\"message\":\"client"
                + " version 1.41 is too old. Minimum supported API version is 1.44, please upgrade your client to a"
                + " newer version\"}\n"));
        assertEquals(Kind.API_TOO_OLD, e.kind());
    }

    @Test
    void outOfSequenceIsAConflict() {
        assertEquals(Kind.CONFLICT, EngineErrors.translate(SOCKET, new InternalServerErrorException(
                "{\"message\":\"rpc error: code = Unknown desc = update out of sequence\"}\n")).kind());
    }

    @Test
    void anythingElseIsUnknownWithTheEnginesMessage() {
        EngineException e = EngineErrors.translate(SOCKET, new InternalServerErrorException(
                "{\"message\":\"disk full\"}\n"));
        assertEquals(Kind.UNKNOWN, e.kind());
        assertTrue(e.getMessage().contains("disk full"), e.getMessage());
        EngineException io = EngineErrors.translate(SOCKET, wrapped(new IOException("something odd")));
        assertEquals(Kind.UNKNOWN, io.kind());
        assertTrue(io.getMessage().contains("something odd"), io.getMessage());
    }

    @Test
    void anEngineExceptionInTheChainIsKept() {
        EngineException original = new EngineException(Kind.TLS_MATERIAL_INCOMPLETE, "cert.pem is missing");
        assertSame(original, EngineErrors.translate(TLS, wrapped(original)));
    }

    @Test
    void theCauseIsKeptForTheLog() {
        ConnectException cause = new ConnectException("Connection refused");
        RuntimeException top = wrapped(cause);
        assertSame(top, EngineErrors.translate(TLS, top).getCause());
    }
}
