package dev.gantry.adapter.docker;

import dev.gantry.adapter.api.EndpointProfile;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Optional;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;

/**
 * TLS handshakes of Gantry's own, with timeouts, around docker-java's connection:
 * <ul>
 *   <li>{@link #handshake}: before the first request. docker-java's transport gives the TLS
 *       handshake no timeout, so a port that accepts but never answers would hang the connection
 *       for ever; this handshake fails within seconds instead, and reports an untrusted engine or
 *       a port that does not speak TLS directly.</li>
 *   <li>{@link #alert}: after a TLS connection was cut. With TLS 1.3 the engine checks Gantry's
 *       client certificate after the client has finished its side of the handshake, so docker-java
 *       only sees "Broken pipe" when it writes its request; this handshakes again and reads before
 *       writing anything, which receives the engine's alert itself (bad_certificate, ...).</li>
 * </ul>
 */
final class TlsPreflight {

    static final int TIMEOUT_MILLIS = 3000;
    private static final int ALERT_WAIT_MILLIS = 1500;

    private TlsPreflight() {
    }

    /** Handshakes once; any failure is thrown as is, for {@link EngineErrors} to name. */
    static void handshake(EndpointProfile profile) throws IOException {
        if (!profile.usesTls() || !"tcp".equals(profile.host().getScheme())) {
            return;
        }
        try (SSLSocket tls = open(profile, TIMEOUT_MILLIS)) {
            tls.startHandshake();
        }
    }

    /** The engine's TLS refusal, if it sends one within 1.5 s of the handshake. */
    static Optional<SSLException> alert(EndpointProfile profile) {
        if (!profile.usesTls() || !"tcp".equals(profile.host().getScheme())) {
            return Optional.empty();
        }
        try (SSLSocket tls = open(profile, ALERT_WAIT_MILLIS)) {
            tls.startHandshake();
            tls.getInputStream().read();
            return Optional.empty();
        } catch (SSLException refusal) {
            return Optional.of(refusal);
        } catch (SocketTimeoutException | RuntimeException quietOrOther) {
            return Optional.empty();
        } catch (IOException other) {
            return Optional.empty();
        }
    }

    private static SSLSocket open(EndpointProfile profile, int readTimeoutMillis) throws IOException {
        String host = profile.host().getHost();
        int port = profile.host().getPort();
        // The PEM files are read first, so a bad file is named even when nothing listens.
        var context = new PemSslConfig(profile.tls()).getSSLContext();
        Socket plain = new Socket();
        try {
            plain.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
            plain.setSoTimeout(readTimeoutMillis);
            return (SSLSocket) context.getSocketFactory().createSocket(plain, host, port, true);
        } catch (IOException | RuntimeException e) {
            plain.close();
            throw e;
        }
    }
}
