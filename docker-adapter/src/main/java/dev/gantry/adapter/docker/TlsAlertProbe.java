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
 * Learns why a TLS engine dropped the connection. With TLS 1.3 the engine checks Gantry's client
 * certificate after the client has finished its side of the handshake, so docker-java only sees
 * "Broken pipe" when it writes its request. This probe handshakes again and reads before writing
 * anything, which receives the engine's alert itself (bad_certificate, certificate_required, ...).
 * Only used after a failure, to name it.
 */
final class TlsAlertProbe {

    private static final int TIMEOUT_MILLIS = 1500;

    private TlsAlertProbe() {
    }

    /** The engine's TLS refusal, if it sends one within 1.5 s of the handshake. */
    static Optional<SSLException> alert(EndpointProfile profile) {
        if (!profile.usesTls() || !"tcp".equals(profile.host().getScheme())) {
            return Optional.empty();
        }
        String host = profile.host().getHost();
        int port = profile.host().getPort();
        try (Socket plain = new Socket()) {
            plain.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
            plain.setSoTimeout(TIMEOUT_MILLIS);
            var context = new PemSslConfig(profile.tls()).getSSLContext();
            try (SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(plain, host, port, false)) {
                tls.startHandshake();
                tls.getInputStream().read();
                return Optional.empty();
            }
        } catch (SSLException refusal) {
            return Optional.of(refusal);
        } catch (SocketTimeoutException | RuntimeException quietOrOther) {
            return Optional.empty();
        } catch (IOException other) {
            return Optional.empty();
        }
    }
}
