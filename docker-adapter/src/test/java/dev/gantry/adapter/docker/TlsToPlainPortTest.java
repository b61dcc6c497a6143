package dev.gantry.adapter.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.EndpointProfile;
import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.api.TlsMaterial;
import dev.gantry.adapter.testing.TestEngine;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The reverse of plain HTTP to a TLS port: a TLS profile pointed at a plain HTTP port. The port
 * answers like Go's HTTP server (dockerd's) answers bytes that are not HTTP: 400 at once.
 */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TlsToPlainPortTest {

    @Test
    void aTlsProfileOnAPlainHttpPortSaysThePortDoesNotSpeakTls() throws IOException {
        try (ServerSocket plain = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread server = new Thread(() -> answerBadRequests(plain), "plain-http");
            server.setDaemon(true);
            server.start();
            EndpointProfile profile = new EndpointProfile("tls", URI.create("tcp://127.0.0.1:" + plain.getLocalPort()),
                    TlsMaterial.fromDirectory(TestEngine.tlsDir(), true), false, EndpointProfile.Source.USER);
            EngineException e = assertThrows(EngineException.class, () -> new DockerEngineConnector().test(profile));
            assertEquals(EngineException.Kind.INVALID_ENDPOINT, e.kind(), e.getMessage());
            assertTrue(e.getMessage().contains("does not speak TLS"), e.getMessage());
        }
    }

    private static void answerBadRequests(ServerSocket plain) {
        while (!plain.isClosed()) {
            try (Socket s = plain.accept()) {
                s.getInputStream().read(new byte[512]);
                s.getOutputStream().write("HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain; charset=utf-8\r\n"
                        .concat("Connection: close\r\n\r\n400 Bad Request").getBytes(StandardCharsets.US_ASCII));
            } catch (IOException closed) {
                return;
            }
        }
    }
}
