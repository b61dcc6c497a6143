package dev.gantry.adapter.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.compose.model.ComposeProject;
import dev.gantry.adapter.compose.model.ServiceConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Key policy, interpolation casts, binding and merging, each through the loader on small files. */
class LoaderStagesTest {
    @TempDir
    Path dir;

    private LoadResult load(Map<String, String> env, String... texts) throws Exception {
        List<Path> files = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            files.add(Files.writeString(dir.resolve("f" + i + ".yml"), texts[i]));
        }
        return new ComposeLoader(env).load(files, LoadOptions.DEPLOY);
    }

    @Test
    void forbiddenKeysAreErrorsUnsupportedAndDeprecatedAreWarnings() throws Exception {
        LoadResult r = load(Map.of(), "services:\n  s:\n    image: x\n    volumes_from: [a]\n    build: .\n"
                + "    container_name: c\n    depends_on: [t]\n  t:\n    image: y\n");
        assertFalse(r.ok());
        assertEquals(1, r.errors().size(), r.errors().toString());
        assertEquals(4, r.errors().get(0).line());
        assertTrue(r.errors().get(0).message().contains("volumes_from is forbidden"));
        List<String> warnings = r.warnings().stream().map(Diagnostic::message).toList();
        assertTrue(warnings.stream().anyMatch(w -> w.contains("build is not supported")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("container_name is deprecated")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("depends_on")), warnings.toString());
    }

    @Test
    void interpolatedValuesAreCastWhereTheSchemaWantsNumbersOrBooleans() throws Exception {
        LoadResult r = load(Map.of("N", "3", "T", "yes", "IMG", "nginx"), "services:\n  s:\n    image: ${IMG}\n"
                + "    tty: ${T}\n    deploy:\n      replicas: ${N}\n");
        assertTrue(r.ok(), r.diagnostics().toString());
        ServiceConfig s = r.projectOrNull().services().get("s");
        assertTrue(s.tty());
        assertEquals(3L, s.deploy().replicas());
        assertEquals("nginx", s.image());
    }

    @Test
    void requiredVariableErrorIsPositioned() throws Exception {
        LoadResult r = load(Map.of(), "services:\n  s:\n    image: ${IMG:?set IMG}\n");
        assertFalse(r.ok());
        assertEquals(3, r.errors().get(0).line());
        assertEquals(12, r.errors().get(0).column());
        assertTrue(r.errors().get(0).message().contains("required variable IMG is missing a value: set IMG"));
    }

    @Test
    void dotEnvIsNotReadForStackFilesUnlessAsked() throws Exception {
        Files.writeString(dir.resolve(".env"), "TAG=fromdotenv\n");
        String text = "services:\n  s:\n    image: x:${TAG:-none}\n";
        assertEquals("x:none", load(Map.of(), text).projectOrNull().services().get("s").image());
        Path f = dir.resolve("f0.yml");
        LoadResult withDotEnv = new ComposeLoader(Map.of()).load(List.of(f), new LoadOptions(true, true));
        assertEquals("x:fromdotenv", withDotEnv.projectOrNull().services().get("s").image());
    }

    @Test
    void bindsShortSyntaxesToLongForm() throws Exception {
        Files.writeString(dir.resolve("e.env"), "# c\nA=from_file\nB=file\n");
        LoadResult r = load(Map.of(), "services:\n  s:\n    image: x\n    command: sh -c 'echo \"a b\"'\n"
                + "    env_file: ./e.env\n    environment:\n      B: inline\n      C:\n"
                + "    ports: [\"8000-8001:80-81/udp\", 53]\n    volumes: [\"data:/d:ro\", \"./src:/src\"]\n"
                + "    stop_grace_period: 1m30s\n    deploy:\n      resources:\n        limits: {memory: 50M}\n"
                + "volumes:\n  data:\n");
        assertTrue(r.ok(), r.diagnostics().toString());
        ServiceConfig s = r.projectOrNull().services().get("s");
        assertEquals(List.of("sh", "-c", "echo \"a b\""), s.command());
        assertEquals("from_file", s.environment().get("A"));
        assertEquals("inline", s.environment().get("B"));
        assertTrue(s.environment().containsKey("C"));
        assertNull(s.environment().get("C"));
        assertEquals(3, s.ports().size());
        assertEquals(8001, s.ports().get(1).published());
        assertEquals("udp", s.ports().get(1).protocol());
        assertEquals(53, s.ports().get(2).target());
        assertEquals("volume", s.volumes().get(0).type());
        assertTrue(s.volumes().get(0).readOnly());
        assertEquals(dir.resolve("src").toString(), s.volumes().get(1).source());
        assertEquals(Duration.ofSeconds(90), s.stopGracePeriod());
        assertEquals(52428800L, s.deploy().resources().limits().memoryBytes());
    }

    @Test
    void undefinedReferencesAreErrorsForDeploymentButNotForConfig() throws Exception {
        String text = "services:\n  s:\n    image: x\n    networks: [front]\n    secrets: [pw]\n"
                + "    volumes: [\"data:/d\"]\n";
        LoadResult r = load(Map.of(), text);
        assertEquals(List.of(4, 5, 6), r.errors().stream().map(Diagnostic::line).sorted().toList());
        LoadResult config = new ComposeLoader(Map.of()).load(List.of(dir.resolve("f0.yml")), LoadOptions.CONFIG);
        assertTrue(config.ok(), config.diagnostics().toString());
    }

    @Test
    void mergesLaterFilesOverEarlierOnes() throws Exception {
        LoadResult r = load(Map.of(),
                "services:\n  s:\n    image: a\n    environment: {A: '1', B: '1'}\n    ports: ['80:80']\n"
                        + "    volumes: ['/a:/data']\n    command: [one]\n    dns: [1.1.1.1]\n",
                "services:\n  s:\n    image: b\n    environment: {B: '2'}\n    ports: ['81:81']\n"
                        + "    volumes: ['/b:/data']\n    command: [two]\n    dns: [8.8.8.8]\n  t:\n    image: t\n");
        assertTrue(r.ok(), r.diagnostics().toString());
        ComposeProject p = r.projectOrNull();
        ServiceConfig s = p.services().get("s");
        assertEquals("b", s.image());
        assertEquals(Map.of("A", "1", "B", "2"), s.environment());
        assertEquals(2, s.ports().size());
        assertEquals(1, s.volumes().size());
        assertEquals("/b", s.volumes().get(0).source());
        assertEquals(List.of("two"), s.command());
        assertEquals(List.of("1.1.1.1", "8.8.8.8"), s.dns());
        assertEquals(2, p.services().size());
        assertEquals(2, p.files().size());
    }

    @Test
    void unsupportedVersionIsAnError() throws Exception {
        LoadResult r = load(Map.of(), "version: \"2\"\nservices:\n  s:\n    image: x\n");
        assertFalse(r.ok());
        assertEquals("unsupported Compose file version: 2", r.errors().get(0).message());
        assertEquals(1, r.errors().get(0).line());
    }

    @Test
    void goDurationsRoundTrip() {
        assertEquals("1m30s", GoDuration.format(GoDuration.parse("90s")));
        assertEquals("2h0m0s", GoDuration.format(GoDuration.parse("2h")));
        assertEquals("500ms", GoDuration.format(GoDuration.parse("0.5s")));
        assertEquals("0s", GoDuration.format(GoDuration.parse("0")));
        assertNull(GoDuration.parse("10"));
        assertNull(GoDuration.parse("1x"));
    }

    @Test
    void locationsTellWhereKeysWereWrittenForLaterMessages() throws Exception {
        LoadResult r = load(Map.of(), "services:\n  web:\n    image: x\n    deploy:\n      replicas: 2\n",
                "services:\n  web:\n    image: y\n");
        assertTrue(r.ok(), r.diagnostics().toString());
        SourceLocation image = r.location("services.web.image").orElseThrow();
        assertEquals(dir.resolve("f1.yml"), image.file());
        assertEquals(3, image.line());
        assertEquals(5, r.location("services.web.deploy.replicas").orElseThrow().line());
        assertEquals(4, r.location("services.web.deploy.placement.constraints").orElseThrow().line());
        assertTrue(r.location("volumes.none").isEmpty());
    }
}
