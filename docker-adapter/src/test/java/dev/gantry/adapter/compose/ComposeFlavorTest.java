package dev.gantry.adapter.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.compose.model.ServiceConfig;
import dev.gantry.adapter.compose.model.ServiceDependency;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plain compose files ({@link LoadOptions#COMPOSE}): validated with the Compose Specification
 * schema, which accepts what a swarm stack rejects (depends_on conditions, top-level name,
 * platform), and depends_on conditions reach the model for compose up.
 */
class ComposeFlavorTest {
    @TempDir
    Path dir;

    /** The corpus files the compose-spec schema and loader reject, with why. */
    private static final Set<String> REJECTED = Set.of(
            "plex.yaml"); // ${PLEX_MEDIA_PATH}:/media/ with the variable unset: ":/media/", an empty volume source

    @Test
    void corpusFilesLoadAsPlainComposeFiles() {
        List<String> problems = new ArrayList<>();
        Map<String, String> env = Map.of();
        for (Path file : Corpus.stackFiles()) {
            LoadResult r = new ComposeLoader(env).load(List.of(file), new LoadOptions(false, true,
                    LoadOptions.Flavor.COMPOSE));
            String name = file.getFileName().toString();
            if (r.ok() == REJECTED.contains(name)) {
                problems.add(name + ": " + (r.ok() ? "accepted" : "rejected: " + r.errors()));
            }
            r.errors().stream().filter(d -> d.line() <= 0).forEach(d -> problems.add(name + ": unpositioned " + d));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void dependsOnConditionsReachTheModel() throws Exception {
        Path f = Files.writeString(dir.resolve("c.yml"), "name: app\nservices:\n  web:\n    image: x\n"
                + "    platform: linux/amd64\n    depends_on:\n      db:\n        condition: service_healthy\n"
                + "        restart: true\n      cache:\n        condition: service_started\n        required: false\n"
                + "  db:\n    image: pg\n  cache:\n    image: redis\n");
        LoadResult r = new ComposeLoader(Map.of()).load(List.of(f), LoadOptions.COMPOSE);
        assertTrue(r.ok(), r.diagnostics().toString());
        ServiceConfig web = r.projectOrNull().services().get("web");
        assertEquals(List.of("db", "cache"), web.dependsOn());
        assertEquals(new ServiceDependency("service_healthy", true, true), web.dependencies().get("db"));
        assertEquals(new ServiceDependency("service_started", false, false), web.dependencies().get("cache"));
        assertEquals(ServiceDependency.STARTED,
                new ComposeLoader(Map.of()).loadText(f, "services:\n  a:\n    image: x\n    depends_on: [b]\n"
                        + "  b:\n    image: y\n", LoadOptions.COMPOSE).projectOrNull().services().get("a")
                        .dependencies().get("b"));
    }

    @Test
    void theSameFileIsRejectedAsAStack() throws Exception {
        Path f = Files.writeString(dir.resolve("c.yml"), "services:\n  web:\n    image: x\n    depends_on:\n"
                + "      db:\n        condition: service_healthy\n  db:\n    image: pg\n");
        LoadResult r = new ComposeLoader(Map.of()).load(List.of(f), LoadOptions.DEPLOY);
        assertFalse(r.ok());
        assertTrue(r.errors().get(0).message().contains("depends_on must be a list"), r.errors().toString());
        assertEquals(5, r.errors().get(0).line()); // the mapping given where a list belongs
    }

    @Test
    void composeSpecErrorsArePositioned() throws Exception {
        Path f = Files.writeString(dir.resolve("c.yml"), "services:\n  web:\n    image: x\n    depends_on:\n"
                + "      db:\n        condition: when_ready\n    bogus: 1\n  db:\n    image: pg\n");
        LoadResult r = new ComposeLoader(Map.of()).load(List.of(f), LoadOptions.COMPOSE);
        assertFalse(r.ok());
        assertEquals(List.of(6, 7), r.errors().stream().map(Diagnostic::line).sorted().toList());
    }

    @Test
    void dotEnvIsReadForPlainComposeFiles() throws Exception {
        Files.writeString(dir.resolve(".env"), "TAG=7\n");
        Path f = Files.writeString(dir.resolve("c.yml"), "services:\n  web:\n    image: x:${TAG}\n");
        LoadResult r = new ComposeLoader(Map.of()).load(List.of(f), LoadOptions.COMPOSE);
        assertEquals("x:7", r.projectOrNull().services().get("web").image());
    }
}
