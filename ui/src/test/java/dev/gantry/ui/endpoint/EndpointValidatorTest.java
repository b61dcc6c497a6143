package dev.gantry.ui.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EndpointValidatorTest {

    @TempDir
    Path dir;

    private static EndpointForm plain(String name, String host, boolean optIn) {
        return new EndpointForm(name, host, false, "", "", "", true, optIn);
    }

    @Test
    void unixSocketIsAccepted() {
        EndpointValidator.Result r = EndpointValidator.validate(plain("local", "unix:///var/run/docker.sock", false), List.of());
        assertTrue(r.ok(), r.problems().toString());
        assertEquals("unix:///var/run/docker.sock", r.profile().host().toString());
        assertNull(r.profile().tls());
    }

    @Test
    void nonUriHostIsRefusedWithTheReason() {
        EndpointValidator.Result r = EndpointValidator.validate(plain("x", "tcp://exa mple:2376", false), List.of());
        assertFalse(r.ok());
        assertNull(r.profile());
        assertTrue(r.problems().get(0).startsWith("Host: \"tcp://exa mple:2376\" is not an address"), r.problems().toString());
    }

    @Test
    void unknownSchemeAndMissingPortAreRefused() {
        assertTrue(EndpointValidator.validate(plain("x", "docker.example.org", false), List.of()).problems().get(0)
                .contains("is not an address Gantry can use"));
        assertTrue(EndpointValidator.validate(plain("x", "tcp://docker.example.org", false), List.of()).problems().get(0)
                .contains("needs a host name and a port"));
    }

    @Test
    void plainTcpToARemoteHostNeedsTheOptIn() {
        EndpointValidator.Result r = EndpointValidator.validate(plain("x", "tcp://10.1.2.3:2375", false), List.of());
        assertFalse(r.ok());
        assertTrue(r.problems().get(0).contains("would not be encrypted"));
        assertTrue(EndpointValidator.validate(plain("x", "tcp://10.1.2.3:2375", true), List.of()).ok());
        assertTrue(EndpointValidator.validate(plain("x", "tcp://127.0.0.1:2375", false), List.of()).ok());
    }

    @Test
    void missingCertFileIsNamed() throws Exception {
        Path ca = Files.writeString(dir.resolve("ca.pem"), "x");
        Path key = Files.writeString(dir.resolve("key.pem"), "x");
        Path missing = dir.resolve("nope/cert.pem");
        EndpointForm f = new EndpointForm("tls", "tcp://docker.example.org:2376", true, ca.toString(), missing.toString(),
                key.toString(), true, false);
        EndpointValidator.Result r = EndpointValidator.validate(f, List.of());
        assertEquals(List.of("Client certificate: " + missing + " does not exist."), r.problems());
    }

    @Test
    void completeTlsMakesATlsProfile() throws Exception {
        Path ca = Files.writeString(dir.resolve("ca.pem"), "x");
        Path cert = Files.writeString(dir.resolve("cert.pem"), "x");
        Path key = Files.writeString(dir.resolve("key.pem"), "x");
        EndpointForm f = new EndpointForm("tls", "tcp://docker.example.org:2376", true, ca.toString(), cert.toString(),
                key.toString(), true, false);
        EndpointValidator.Result r = EndpointValidator.validate(f, List.of());
        assertTrue(r.ok(), r.problems().toString());
        assertEquals(cert, r.profile().tls().clientCert());
    }

    @Test
    void namesMustBeGivenAndUnique() {
        assertEquals("Name: give the endpoint a name.",
                EndpointValidator.validate(plain(" ", "unix:///x.sock", false), List.of()).problems().get(0));
        assertTrue(EndpointValidator.validate(plain("prod", "unix:///x.sock", false), List.of("prod")).problems().get(0)
                .contains("already called \"prod\""));
    }
}
