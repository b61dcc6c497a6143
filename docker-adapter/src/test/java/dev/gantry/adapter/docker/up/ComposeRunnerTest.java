package dev.gantry.adapter.docker.up;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import dev.gantry.adapter.api.deploy.ComposeRunResult;
import dev.gantry.adapter.api.deploy.StackConversionException;
import dev.gantry.adapter.compose.ComposeLoader;
import dev.gantry.adapter.compose.LoadOptions;
import dev.gantry.adapter.compose.LoadResult;
import dev.gantry.adapter.compose.model.ComposeProject;
import dev.gantry.adapter.docker.deploy.EngineApi;
import dev.gantry.adapter.testing.TestEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compose up/down with plain containers on the test engine (a swarm node runs them too). */
class ComposeRunnerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private String project;
    private ComposeRunner runner;

    @BeforeEach
    void setUp() {
        TestEngine.host();
        project = "gt-deploy-up-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 24), 36);
        runner = new ComposeRunner(new EngineApi(new ApacheDockerHttpClient.Builder().dockerHost(TestEngine.host()).build()));
    }

    @AfterEach
    void tearDown() {
        runner.down(project, true, line -> { });
    }

    @Test
    void upStartsInDependencyOrderRecreatesOnlyWhatChangedAndDownKeepsVolumes() throws Exception {
        ComposeProject v1 = load(file("1"));
        ComposeRunResult first = runner.up(project, v1, line -> { });
        assertEquals(List.of(project + "_default", project + "_data", project + "-db-1", project + "-web-1"),
                first.created());

        JsonNode db = inspect(project + "-db-1");
        JsonNode web = inspect(project + "-web-1");
        assertEquals(project, db.at("/Config/Labels/com.docker.compose.project").asText());
        assertEquals("db", db.at("/Config/Labels/com.docker.compose.service").asText());
        assertEquals("1", db.at("/Config/Labels/com.docker.compose.container-number").asText());
        assertEquals(64, db.at("/Config/Labels/com.docker.compose.config-hash").asText().length());
        assertEquals("db:service_started:false", web.at("/Config/Labels/com.docker.compose.depends_on").asText());
        assertTrue(db.at("/State/Running").asBoolean());
        assertTrue(Instant.parse(db.at("/State/StartedAt").asText())
                .isBefore(Instant.parse(web.at("/State/StartedAt").asText())), "db starts before web, which depends on it");
        assertTrue(web.at("/NetworkSettings/Networks/" + project + "_default/Aliases").toString().contains("\"web\""));
        assertEquals(project, TestEngine.docker("network", "inspect", project + "_default", "--format",
                "{{index .Labels \"com.docker.compose.project\"}}"));

        ComposeRunResult again = runner.up(project, v1, line -> { });
        assertEquals(List.of(project + "-db-1", project + "-web-1"), again.unchanged());
        assertEquals(web.path("Id"), inspect(project + "-web-1").path("Id"));

        ComposeRunResult changed = runner.up(project, load(file("2")), line -> { });
        assertEquals(List.of(project + "-web-1"), changed.recreated());
        assertEquals(List.of(project + "-db-1"), changed.unchanged());
        assertNotEquals(web.path("Id"), inspect(project + "-web-1").path("Id"));
        assertEquals(db.path("Id"), inspect(project + "-db-1").path("Id"));

        ComposeRunResult down = runner.down(project, false, line -> { });
        assertTrue(down.removed().containsAll(List.of(project + "-db-1", project + "-web-1", project + "_default")));
        assertEquals(1, TestEngine.dockerResult("container", "inspect", project + "-web-1").exitCode());
        assertEquals(1, TestEngine.dockerResult("network", "inspect", project + "_default").exitCode());
        assertEquals(0, TestEngine.dockerResult("volume", "inspect", project + "_data").exitCode(), "volumes stay");

        runner.down(project, true, line -> { });
        assertEquals(1, TestEngine.dockerResult("volume", "inspect", project + "_data").exitCode());
    }

    @Test
    void aDependencyCycleIsRefusedBeforeAnythingIsCreated() throws Exception {
        Path f = Files.writeString(dir.resolve("cycle.yml"), "services:\n  a:\n    image: gantry-test/busybox:1\n"
                + "    depends_on: [b]\n  b:\n    image: gantry-test/busybox:1\n    depends_on: [a]\n");
        StackConversionException e = assertThrows(StackConversionException.class, () -> runner.up(project, load(f), line -> { }));
        assertTrue(e.getMessage().contains("cycle"), e.getMessage());
        assertEquals(1, TestEngine.dockerResult("network", "inspect", project + "_default").exitCode());
    }

    private Path file(String env) throws Exception {
        return Files.writeString(dir.resolve("compose.yml"), """
                services:
                  web:
                    image: gantry-test/busybox:1
                    environment:
                      VERSION: "%s"
                    depends_on: [db]
                  db:
                    image: gantry-test/busybox:1
                    volumes:
                      - data:/data
                volumes:
                  data: {}
                """.formatted(env));
    }

    private static ComposeProject load(Path file) {
        LoadResult r = new ComposeLoader(Map.of()).load(List.of(file), LoadOptions.CONFIG);
        return r.project().orElseThrow(() -> new AssertionError(r.diagnostics().toString()));
    }

    private static JsonNode inspect(String container) throws Exception {
        return JSON.readTree(TestEngine.docker("container", "inspect", container)).get(0);
    }
}
