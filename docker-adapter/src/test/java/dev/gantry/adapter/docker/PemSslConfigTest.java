package dev.gantry.adapter.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.EndpointProfile;
import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.api.EngineException.Kind;
import dev.gantry.adapter.api.TlsMaterial;
import dev.gantry.adapter.testing.TestEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TLS material read from PEM files (the test engine's, copied or converted into a temp dir). */
class PemSslConfigTest {

    @TempDir
    Path temp;

    @Test
    void theTestEnginesClientMaterialBuildsAContext() {
        assertNotNull(new PemSslConfig(TlsMaterial.fromDirectory(TestEngine.tlsDir(), true)).getSSLContext());
    }

    @Test
    void aCaFileThatIsNotPemIsNamedBeforeConnecting() throws IOException {
        Path ca = Files.writeString(temp.resolve("ca.pem"), "this is not a certificate\n");
        Path cert = Files.copy(TestEngine.tlsDir().resolve("cert.pem"), temp.resolve("cert.pem"));
        Path key = Files.copy(TestEngine.tlsDir().resolve("key.pem"), temp.resolve("key.pem"));
        EndpointProfile profile = new EndpointProfile("tls", TestEngine.tlsUrl(), new TlsMaterial(ca, cert, key, true),
                false, EndpointProfile.Source.USER);
        EngineException e = assertThrows(EngineException.class, () -> new DockerEngineConnector().test(profile));
        assertEquals(Kind.TLS_MATERIAL_INCOMPLETE, e.kind());
        assertTrue(e.getMessage().contains(ca.toString()) && e.getMessage().contains("not a usable PEM"), e.getMessage());
        assertNull(e.getCause(), "refused while reading the files, not by a connection");
    }

    @Test
    void aKeyThatIsNotPemIsNamed() throws IOException {
        Path key = Files.writeString(temp.resolve("key.pem"), "-----BEGIN PRIVATE KEY-----\nnope\n-----END PRIVATE KEY-----\n");
        EngineException e = assertThrows(EngineException.class, () -> new PemSslConfig(new TlsMaterial(
                TestEngine.tlsDir().resolve("ca.pem"), TestEngine.tlsDir().resolve("cert.pem"), key, true)));
        assertEquals(Kind.TLS_MATERIAL_INCOMPLETE, e.kind());
        assertTrue(e.getMessage().contains(key.toString()), e.getMessage());
    }

    @Test
    void aKeyOfAnotherCertificateIsNamed() {
        Path cert = TestEngine.tlsDir().resolve("cert.pem");
        Path key = TestEngine.rogueTlsDir().resolve("key.pem");
        EngineException e = assertThrows(EngineException.class, () -> new PemSslConfig(new TlsMaterial(
                TestEngine.tlsDir().resolve("ca.pem"), cert, key, true)));
        assertEquals(Kind.TLS_MATERIAL_INCOMPLETE, e.kind());
        assertTrue(e.getMessage().contains("does not belong to the client certificate " + cert), e.getMessage());
    }

    @Test
    void aTraditionalRsaKeyConnectsToo() throws IOException {
        Path rsa = temp.resolve("key.pem");
        TestEngine.CommandResult r = TestEngine.run(List.of("openssl", "rsa", "-in",
                TestEngine.tlsDir().resolve("key.pem").toString(), "-traditional", "-out", rsa.toString()), 30);
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(Files.readString(rsa).startsWith("-----BEGIN RSA PRIVATE KEY-----"));
        TlsMaterial tls = new TlsMaterial(TestEngine.tlsDir().resolve("ca.pem"), TestEngine.tlsDir().resolve("cert.pem"),
                rsa, true);
        EndpointProfile profile = new EndpointProfile("tls", TestEngine.tlsUrl(), tls, false, EndpointProfile.Source.USER);
        assertEquals("1.41", new DockerEngineConnector().test(profile).negotiatedApiVersion());
    }
}
