package dev.gantry.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.gantry.adapter.api.EndpointProfile;
import dev.gantry.adapter.api.TlsMaterial;
import java.net.URI;
import java.nio.file.Path;
import java.security.Security;
import java.util.ArrayList;
import java.util.List;
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
}
