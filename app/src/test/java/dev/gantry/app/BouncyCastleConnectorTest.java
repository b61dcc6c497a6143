package dev.gantry.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.EndpointProfile;
import dev.gantry.adapter.api.TlsMaterial;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.Security;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BouncyCastleConnectorTest {

    @Test
    void registersTheProviderOnlyWhenAnEndpointUsesTls() {
        Security.removeProvider("BC");
        List<EndpointProfile> connected = new ArrayList<>();
        BouncyCastleConnector connector = new BouncyCastleConnector(p -> {
            connected.add(p);
            return null;
        });
        EndpointProfile socket = new EndpointProfile("local", URI.create("unix:///var/run/docker.sock"), null, false,
                EndpointProfile.Source.PLATFORM_DEFAULT);
        connector.connect(socket);
        assertNull(Security.getProvider("BC"), "a local socket needs no PEM keys, so no BouncyCastle start-up cost");

        EndpointProfile tls = new EndpointProfile("remote", URI.create("tcp://127.0.0.1:2376"),
                new TlsMaterial(Path.of("ca.pem"), Path.of("cert.pem"), Path.of("key.pem"), true), false,
                EndpointProfile.Source.USER);
        connector.connect(tls);
        assertNotNull(Security.getProvider("BC"), "docker-java reads the PEM key through the BC provider");
        assertEquals(List.of(socket, tls), connected);
    }

    /**
     * Class loading is once per JVM, so a fresh one connects to a socket endpoint and logs what it
     * loads: BouncyCastle's jar is signed, and loading any class of it costs a signature check.
     */
    @Test
    void aLocalSocketConnectLoadsNoBouncyCastleClass() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Xshare:off", "-Xlog:class+load=info", "-cp",
                System.getProperty("java.class.path"), SocketConnect.class.getName()))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertTrue(out.contains("connected local"), out.length() > 2000 ? out.substring(out.length() - 2000) : out);
        assertTrue(out.contains("dev.gantry.app.BouncyCastleConnector "), "the connector class was loaded");
        List<String> bc = out.lines().filter(l -> l.contains(" org.bouncycastle.")).toList();
        assertEquals(List.of(), bc, "BouncyCastle classes loaded for a socket endpoint");
    }

    /** Run in a child JVM by the test above. */
    static final class SocketConnect {
        public static void main(String[] args) {
            EndpointProfile socket = new EndpointProfile("local", URI.create("unix:///var/run/docker.sock"), null, false,
                    EndpointProfile.Source.PLATFORM_DEFAULT);
            new BouncyCastleConnector(p -> null).connect(socket);
            System.out.println("connected " + socket.name());
        }
    }
}
