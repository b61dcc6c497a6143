package dev.gantry.adapter.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.DockerContextEntry;
import dev.gantry.adapter.api.EndpointProfile;
import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.api.TlsMaterial;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The context store read from a hand-written temporary config directory, never the user's. */
class DockerContextsTest {

    @TempDir
    Path configDir;

    private ContextStoreFixture store;

    @BeforeEach
    void setUp() {
        store = new ContextStoreFixture(configDir);
    }

    @Test
    void contextIdIsTheSha256HexOfTheName() {
        // the docker CLI stores context "local" under this directory (as seen in its contexts/tls paths)
        assertEquals("25bf8e1a2393f1108d37029b3df5593236c755742ec93465bbafa9b290bddcf6",
                DockerContexts.contextId("local"));
    }

    @Test
    void unixContextHasNoTls() {
        store.context("box", "unix:///run/box.sock", false);
        EndpointProfile p = DockerContexts.load("box", Map.of(), configDir);
        assertEquals("box", p.name());
        assertEquals(URI.create("unix:///run/box.sock"), p.host());
        assertNull(p.tls());
        assertEquals(EndpointProfile.Source.CONTEXT, p.source());
    }

    @Test
    void tcpContextWithAllTlsFiles() {
        store.context("remote", "tcp://10.0.0.9:2376", false)
                .tlsFile("remote", "ca.pem", "x").tlsFile("remote", "cert.pem", "x").tlsFile("remote", "key.pem", "x");
        Path tls = store.tlsDir("remote");
        EndpointProfile p = DockerContexts.load("remote", Map.of(), configDir);
        assertEquals(new TlsMaterial(tls.resolve("ca.pem"), tls.resolve("cert.pem"), tls.resolve("key.pem"), true),
                p.tls());
    }

    @Test
    void tcpContextWithoutTlsFilesIsPlain() {
        store.context("plain", "tcp://127.0.0.1:2375", false);
        assertNull(DockerContexts.load("plain", Map.of(), configDir).tls());
    }

    @Test
    void skipTlsVerifyMeansTlsWithoutVerification() {
        store.context("lax", "tcp://10.0.0.9:2376", true);
        TlsMaterial tls = DockerContexts.load("lax", Map.of(), configDir).tls();
        assertFalse(tls.verifyServer());
        assertNull(tls.caCert());
        assertNull(tls.clientCert());
    }

    @Test
    void onlyCaPemMeansNoClientCertificateAsInTheCli() {
        store.context("ca-only", "tcp://10.0.0.9:2376", false).tlsFile("ca-only", "ca.pem", "x");
        TlsMaterial tls = DockerContexts.load("ca-only", Map.of(), configDir).tls();
        assertEquals(store.tlsDir("ca-only").resolve("ca.pem"), tls.caCert());
        assertNull(tls.clientCert());
        assertNull(tls.clientKey());
    }

    @Test
    void aLoneCertPemKeepsTheKeyPathSoTheCheckNamesIt() {
        store.context("half", "tcp://10.0.0.9:2376", false).tlsFile("half", "ca.pem", "x").tlsFile("half", "cert.pem", "x");
        EndpointProfile p = DockerContexts.load("half", Map.of(), configDir);
        EngineException e = assertThrows(EngineException.class, () -> ProfileCheck.verify(p));
        assertEquals(EngineException.Kind.TLS_MATERIAL_INCOMPLETE, e.kind());
        assertTrue(e.getMessage().contains("key.pem"), e.getMessage());
    }

    @Test
    void unknownContextIsATypedErrorNamingIt() {
        UnknownContextException e = assertThrows(UnknownContextException.class,
                () -> DockerContexts.load("nope", Map.of(), configDir));
        assertEquals("nope", e.contextName());
        assertEquals(EngineException.Kind.INVALID_ENDPOINT, e.kind());
        assertTrue(e.getMessage().contains("\"nope\""), e.getMessage());
    }

    @Test
    void defaultContextIsDockerHostOrThePlatformDefault() {
        EndpointProfile fromEnv = DockerContexts.load("default", Map.of("DOCKER_HOST", "tcp://127.0.0.1:2375"), configDir);
        assertEquals(URI.create("tcp://127.0.0.1:2375"), fromEnv.host());
        assertEquals("default", fromEnv.name());
        assertEquals(EndpointProfile.Source.PLATFORM_DEFAULT,
                DockerContexts.load("default", Map.of(), configDir).source());
    }

    @Test
    void malformedMetadataIsAnInvalidEndpoint() {
        store.write(store.metaDir("broken").resolve("meta.json"), "{not json");
        EngineException e = assertThrows(EngineException.class, () -> DockerContexts.load("broken", Map.of(), configDir));
        assertEquals(EngineException.Kind.INVALID_ENDPOINT, e.kind());
        assertTrue(e.getMessage().contains("meta.json"), e.getMessage());
    }

    @Test
    void listShowsDefaultFirstThenContextsByNameMarkingTheCurrentOne() {
        store.context("zeta", "unix:///z.sock", false).context("alpha", "tcp://10.0.0.1:2376", false)
                .write(store.metaDir("broken").resolve("meta.json"), "{not json").currentContext("zeta");
        List<DockerContextEntry> all = DockerContexts.list(Map.of(), configDir);
        assertEquals(List.of("default", "alpha", DockerContexts.contextId("broken"), "zeta"),
                all.stream().map(DockerContextEntry::name).toList());
        assertEquals(List.of(false, false, false, true), all.stream().map(DockerContextEntry::current).toList());
        assertEquals("about alpha", all.get(1).description());
        assertTrue(all.get(1).usable());
        assertFalse(all.get(2).usable());
        assertTrue(all.get(2).problem().contains("not valid JSON"), all.get(2).problem());
    }

    @Test
    void listWithoutAnyContextsIsJustDefault() {
        List<DockerContextEntry> all = DockerContexts.list(Map.of(), configDir);
        assertEquals(1, all.size());
        assertTrue(all.get(0).current());
    }

    @Test
    void missingOrUnreadableConfigJsonMeansNoCurrentContext() {
        assertTrue(DockerContexts.configuredCurrentContext(configDir).isEmpty());
        store.write(configDir.resolve("config.json"), "{oops");
        assertTrue(DockerContexts.configuredCurrentContext(configDir).isEmpty());
        store.write(configDir.resolve("config.json"), "{\"auths\":{}}");
        assertTrue(DockerContexts.configuredCurrentContext(configDir).isEmpty());
    }
}
