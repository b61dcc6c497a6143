package dev.gantry.adapter.docker;

import static dev.gantry.adapter.testing.TestEngine.docker;
import static dev.gantry.adapter.testing.TestEngine.dockerResult;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.adapter.api.ContainerDetails;
import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.api.EngineSession;
import dev.gantry.adapter.api.Health;
import dev.gantry.adapter.api.ImageInfo;
import dev.gantry.adapter.api.InspectKind;
import dev.gantry.adapter.api.InventorySnapshot;
import dev.gantry.adapter.api.MountInfo;
import dev.gantry.adapter.api.NetworkInfo;
import dev.gantry.adapter.api.PublishedPort;
import dev.gantry.adapter.api.TaskInfo;
import dev.gantry.adapter.api.VolumeInfo;
import dev.gantry.adapter.testing.FreePort;
import dev.gantry.adapter.testing.Poll;
import dev.gantry.adapter.testing.TestEngine;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Images, volumes, networks, raw inspect JSON and container details, on objects made for the test. */
class EngineResourcesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String ns;
    private static int port;
    private static EngineSession session;

    @BeforeAll
    static void create() {
        ns = Poll.uniqueName("gt-res");
        port = FreePort.find();
        session = new DockerEngineConnector().connect(TestEngine.profile());
        docker("volume", "create", "--label", "purpose=test", ns + "-vol");
        docker("network", "create", "--driver", "bridge", ns + "-net");
        docker("network", "create", "--driver", "overlay", ns + "-ovl");
        docker("run", "-d", "--name", ns + "-c", "-v", ns + "-vol:/data", "--network", ns + "-net",
                "-e", "PLAIN=1", "-e", "DB_PASSWORD=hunter2", "--label", "tier=back",
                "-p", "127.0.0.1:" + port + ":8080", "gantry-test/busybox:1",
                "sh", "-c", "echo hello > /data/f; trap 'exit 0' TERM; while true; do sleep 1; done");
        docker("run", "-d", "--name", ns + "-h", "gantry-test/health:1");
        docker("service", "create", "--detach", "--name", ns + "-svc", "--network", ns + "-ovl",
                "--stop-grace-period", "1s", "gantry-test/busybox:1");
    }

    @AfterAll
    static void remove() {
        if (ns == null) {
            return;
        }
        dockerResult("service", "rm", ns + "-svc");
        dockerResult("rm", "-f", ns + "-c", ns + "-h");
        dockerResult("volume", "rm", ns + "-vol");
        dockerResult("network", "rm", ns + "-net");
        Poll.until(Duration.ofSeconds(60), () -> dockerResult("network", "rm", ns + "-ovl").exitCode(),
                rc -> rc == 0 || !dockerResult("network", "inspect", ns + "-ovl").stdout().startsWith("["));
        if (session != null) {
            session.close();
        }
    }

    @Test
    void imagesShowTagsSizeAgeAndTheContainersUsingThem() {
        ImageInfo busybox = session.images().stream().filter(i -> i.tags().contains("gantry-test/busybox:1"))
                .findFirst().orElseThrow();
        assertTrue(busybox.id().startsWith("sha256:"));
        assertTrue(busybox.sizeBytes() > 0);
        assertNotNull(busybox.createdAt());
        assertTrue(busybox.inUse());
        assertTrue(busybox.containers().contains(ns + "-c"), busybox.containers()::toString);
        String cliSize = docker("image", "inspect", "--format", "{{.Size}}", "gantry-test/busybox:1");
        assertEquals(Long.parseLong(cliSize), busybox.sizeBytes());
    }

    @Test
    void volumesShowDriverSizeAndTheContainersMountingThem() {
        VolumeInfo vol = session.volumes().stream().filter(v -> v.name().equals(ns + "-vol")).findFirst().orElseThrow();
        assertEquals("local", vol.driver());
        assertEquals("local", vol.scope());
        assertNotNull(vol.mountpoint());
        assertNotNull(vol.createdAt());
        assertEquals("test", vol.labels().get("purpose"));
        assertEquals(List.of(ns + "-c"), vol.containers());
        assertNotNull(vol.sizeBytes());
        assertTrue(vol.sizeBytes() > 0, "the file written into it counts");
    }

    @Test
    void networksShowDriverScopeAndWhatIsAttached() {
        List<NetworkInfo> networks = Poll.until(Duration.ofSeconds(60), session::networks, list -> list.stream()
                .anyMatch(n -> n.name().equals(ns + "-ovl") && n.services().contains(ns + "-svc")));
        NetworkInfo bridge = networks.stream().filter(n -> n.name().equals(ns + "-net")).findFirst().orElseThrow();
        assertEquals("bridge", bridge.driver());
        assertEquals("local", bridge.scope());
        assertEquals(List.of(ns + "-c"), bridge.containers());
        assertTrue(bridge.services().isEmpty());
        assertNotNull(bridge.createdAt());
        assertFalse(bridge.ingress());

        NetworkInfo overlay = networks.stream().filter(n -> n.name().equals(ns + "-ovl")).findFirst().orElseThrow();
        assertEquals("overlay", overlay.driver());
        assertEquals("swarm", overlay.scope());
        assertEquals(List.of(ns + "-svc"), overlay.services());
        assertTrue(overlay.inUse());

        assertTrue(networks.stream().anyMatch(n -> n.ingress() && n.name().equals("ingress")), "the swarm's ingress network");
        assertTrue(networks.stream().filter(NetworkInfo::predefined).count() >= 3);
    }

    @Test
    void inspectJsonIsTheEnginesOwnDocumentPrettyPrinted() throws Exception {
        String containerJson = session.inspectJson(InspectKind.CONTAINER, ns + "-c");
        assertTrue(containerJson.contains("\n  \"Id\""), "pretty-printed");
        JsonNode container = JSON.readTree(containerJson);
        assertEquals(docker("inspect", "--format", "{{.Id}}", ns + "-c"), container.get("Id").asText());
        assertTrue(container.at("/Config/Env").toString().contains("DB_PASSWORD=hunter2"), "raw, unmasked");

        assertEquals("gantry-test/busybox:1", JSON.readTree(session.inspectJson(InspectKind.IMAGE, "gantry-test/busybox:1"))
                .at("/RepoTags/0").asText());
        assertEquals(ns + "-vol", JSON.readTree(session.inspectJson(InspectKind.VOLUME, ns + "-vol")).get("Name").asText());
        assertEquals(ns + "-net", JSON.readTree(session.inspectJson(InspectKind.NETWORK, ns + "-net")).get("Name").asText());
        JsonNode service = JSON.readTree(session.inspectJson(InspectKind.SERVICE, ns + "-svc"));
        assertEquals(ns + "-svc", service.at("/Spec/Name").asText());

        InventorySnapshot snap = Poll.until(Duration.ofSeconds(60), session::inventory,
                s -> s.tasks().stream().anyMatch(t -> (ns + "-svc").equals(t.serviceName())));
        TaskInfo task = snap.tasks().stream().filter(t -> (ns + "-svc").equals(t.serviceName())).findFirst().orElseThrow();
        assertEquals(task.id(), JSON.readTree(session.inspectJson(InspectKind.TASK, task.id())).get("ID").asText());
        String nodeId = snap.nodes().get(0).id();
        assertEquals(nodeId, JSON.readTree(session.inspectJson(InspectKind.NODE, nodeId)).get("ID").asText());

        EngineException missing = assertThrows(EngineException.class,
                () -> session.inspectJson(InspectKind.CONTAINER, ns + "-no-such-container"));
        assertNotNull(missing.getMessage());
        assertThrows(EngineException.class, () -> session.inspectJson(InspectKind.CONTAINER, "../../info"));
        assertThrows(EngineException.class, () -> session.inspectJson(InspectKind.VOLUME, " "));
    }

    @Test
    void containerDetailsCarryEnvMountsLabelsPortsAndHealth() {
        ContainerDetails c = session.containerDetails(ns + "-c");
        assertEquals(ns + "-c", c.name());
        assertEquals("running", c.state());
        assertTrue(c.env().containsAll(List.of("PLAIN=1", "DB_PASSWORD=hunter2")), c.env()::toString);
        assertEquals(List.of(new MountInfo("volume", ns + "-vol", c.mounts().get(0).source(), "/data", true)), c.mounts());
        assertEquals("back", c.labels().get("tier"));
        assertEquals(List.of(new PublishedPort("127.0.0.1", port, 8080, "tcp", "host")), c.ports());
        assertEquals("sh", c.command().get(0));
        assertEquals(0, c.restartCount());
        assertEquals(Health.NONE, c.health());
        assertNotNull(c.startedAt());

        ContainerDetails h = Poll.until(Duration.ofSeconds(60), () -> session.containerDetails(ns + "-h"),
                d -> d.health() == Health.HEALTHY);
        assertEquals(Health.HEALTHY, h.health());
        assertNotNull(h.healthLastOutput());

        assertThrows(EngineException.class, () -> session.containerDetails(ns + "-no-such-container"));
    }
}
