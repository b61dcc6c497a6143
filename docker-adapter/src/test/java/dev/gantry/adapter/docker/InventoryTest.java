package dev.gantry.adapter.docker;

import static dev.gantry.adapter.testing.TestEngine.docker;
import static dev.gantry.adapter.testing.TestEngine.dockerResult;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.ComposeProject;
import dev.gantry.adapter.api.ContainerInfo;
import dev.gantry.adapter.api.EngineSession;
import dev.gantry.adapter.api.Health;
import dev.gantry.adapter.api.InventorySnapshot;
import dev.gantry.adapter.api.NodeInfo;
import dev.gantry.adapter.api.PublishedPort;
import dev.gantry.adapter.api.ServiceInfo;
import dev.gantry.adapter.api.StackInfo;
import dev.gantry.adapter.api.TaskInfo;
import dev.gantry.adapter.testing.FreePort;
import dev.gantry.adapter.testing.Poll;
import dev.gantry.adapter.testing.TestEngine;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The inventory of a stack, a compose project and standalone containers created for the test. */
class InventoryTest {

    private static final Duration CONVERGE = Duration.ofSeconds(120);

    private static String ns;
    private static int hostPort;
    private static EngineSession session;

    @BeforeAll
    static void createStackProjectAndContainers() throws IOException {
        ns = Poll.uniqueName("gt-inv");
        hostPort = FreePort.find();
        session = new DockerEngineConnector().connect(TestEngine.profile());
        StackResources.create(ns, true);
        String label = StackInfo.NAMESPACE_LABEL + "=" + ns;
        docker("service", "create", "--detach", "--label", label, "--name", ns + "_web", "--replicas", "3",
                "--network", ns + "_net", "--stop-grace-period", "1s", "gantry-test/busybox:1");
        docker("service", "create", "--detach", "--label", label, "--name", ns + "_db", "--replicas", "1",
                "--publish", "mode=host,target=8080,published=" + hostPort, "--stop-grace-period", "1s",
                "gantry-test/health:1");
        docker("run", "-d", "--name", ns + "-solo", "gantry-test/busybox:1");
        docker("create", "--name", ns + "-stopped", "gantry-test/busybox:1");
        docker("run", "-d", "--name", ns + "-proj-web-1", "--label", ContainerInfo.COMPOSE_PROJECT + "=" + ns + "-proj",
                "--label", ContainerInfo.COMPOSE_SERVICE + "=web", "gantry-test/busybox:1");
        docker("run", "-d", "--name", ns + "-health", "gantry-test/health:1");
    }

    @AfterAll
    static void removeEverything() {
        if (ns == null) {
            return;
        }
        dockerResult("service", "rm", ns + "_web", ns + "_db");
        dockerResult("rm", "-f", ns + "-solo", ns + "-stopped", ns + "-proj-web-1", ns + "-health");
        dockerResult("secret", "rm", ns + "_token");
        dockerResult("config", "rm", ns + "_conf");
        // the network goes once the services' tasks are gone
        Poll.until(Duration.ofSeconds(60), () -> dockerResult("network", "rm", ns + "_net").exitCode(),
                rc -> rc == 0 || !dockerResult("network", "inspect", ns + "_net").stdout().startsWith("["));
        if (session != null) {
            session.close();
        }
    }

    private static Optional<ServiceInfo> service(InventorySnapshot s, String name) {
        return s.services().stream().filter(x -> x.name().equals(name)).findFirst();
    }

    private static boolean converged(InventorySnapshot s) {
        return service(s, ns + "_web").filter(x -> x.runningReplicas() == 3).isPresent()
                && service(s, ns + "_db").filter(x -> x.runningReplicas() == 1).isPresent()
                && s.tasks().stream().anyMatch(t -> (ns + "_db").equals(t.serviceName()) && t.health() == Health.HEALTHY);
    }

    @Test
    void showsTheStackItsServicesTasksAndRunningCountsOnceConverged() {
        InventorySnapshot snap = Poll.until(CONVERGE, session::inventory, InventoryTest::converged);
        assertTrue(converged(snap), () -> "not converged: " + snap.services() + " " + snap.tasks());

        StackInfo stack = snap.stacks().stream().filter(s -> s.name().equals(ns)).findFirst().orElseThrow();
        ServiceInfo web = service(snap, ns + "_web").orElseThrow();
        ServiceInfo db = service(snap, ns + "_db").orElseThrow();
        assertEquals(Set.of(web.id(), db.id()), Set.copyOf(stack.serviceIds()));
        assertEquals(List.of(ns + "_net"), stack.networks());
        assertEquals(List.of(ns + "_token"), stack.secrets());
        assertEquals(List.of(ns + "_conf"), stack.configs());

        assertEquals(ns, web.stack());
        assertEquals("replicated", web.mode());
        assertEquals(3, web.desiredReplicas());
        assertEquals(3, web.runningReplicas());
        assertTrue(web.image().startsWith("gantry-test/busybox:1"), web.image());
        assertTrue(web.version() > 0);
        assertTrue(web.ports().isEmpty());
        assertEquals(1, db.desiredReplicas());
        assertEquals(1, db.runningReplicas());
        assertEquals(List.of(new PublishedPort(null, hostPort, 8080, "tcp", "host")), db.ports());

        // the same counts as the reference CLI
        String cli = docker("service", "ls", "--filter", "label=" + StackInfo.NAMESPACE_LABEL + "=" + ns,
                "--format", "{{.Name}} {{.Replicas}}");
        assertEquals(Set.of(ns + "_db 1/1", ns + "_web 3/3"), Set.of(cli.split("\n")));

        NodeInfo node = snap.nodes().get(0);
        assertEquals(1, snap.nodes().size());
        assertTrue(node.leader());
        assertEquals("manager", node.role());
        assertEquals("ready", node.state());
        assertEquals("active", node.availability());
        assertEquals(snap.engine().serverVersion(), node.engineVersion());

        List<TaskInfo> webTasks = snap.tasks().stream()
                .filter(t -> t.serviceId().equals(web.id()) && t.isCurrent()).toList();
        assertEquals(Set.of(1, 2, 3), webTasks.stream().map(TaskInfo::slot).collect(Collectors.toSet()));
        for (TaskInfo t : webTasks) {
            assertEquals(ns + "_web", t.serviceName());
            assertEquals("running", t.state());
            assertEquals("running", t.desiredState());
            assertEquals(node.id(), t.nodeId());
            assertEquals(node.hostname(), t.nodeHostname());
            assertNotNull(t.containerId());
            assertNotNull(t.createdAt());
            assertNotNull(t.updatedAt());
            assertEquals("started", t.message());
            assertEquals(null, t.error());
            assertEquals(Health.NONE, t.health());
            ContainerInfo c = snap.containers().stream().filter(x -> x.id().equals(t.containerId())).findFirst()
                    .orElseThrow(() -> new AssertionError("no local container for task " + t.id()));
            assertTrue(c.isSwarmTask());
        }
        TaskInfo dbTask = snap.tasks().stream().filter(t -> t.serviceId().equals(db.id()) && t.isCurrent())
                .findFirst().orElseThrow();
        assertEquals(Health.HEALTHY, dbTask.health());
        assertEquals(hostPort, snap.containers().stream().filter(c -> c.id().equals(dbTask.containerId()))
                .findFirst().orElseThrow().ports().get(0).published());
    }

    @Test
    void historyTasksStayButAreNotCurrent() {
        Poll.until(CONVERGE, session::inventory, InventoryTest::converged);
        docker("service", "update", "--detach", "--force", ns + "_web");
        InventorySnapshot snap = Poll.until(CONVERGE, session::inventory, s -> converged(s)
                && s.tasks().stream().filter(t -> (ns + "_web").equals(t.serviceName()) && !t.isCurrent()).count() >= 3
                && service(s, ns + "_web").map(x -> "completed".equals(
                        x.updateStatus() == null ? null : x.updateStatus().state())).orElse(false));
        List<TaskInfo> web = snap.tasks().stream().filter(t -> (ns + "_web").equals(t.serviceName())).toList();
        assertEquals(3, web.stream().filter(TaskInfo::isCurrent).count(), web::toString);
        assertTrue(web.stream().filter(t -> !t.isCurrent()).allMatch(t -> "shutdown".equals(t.desiredState())), web::toString);
        ServiceInfo svc = service(snap, ns + "_web").orElseThrow();
        assertEquals(3, svc.runningReplicas());
        assertEquals("completed", svc.updateStatus().state());
        assertNotNull(svc.updateStatus().startedAt());
        // per slot: the current task first, then its history
        for (int i = 1; i < web.size(); i++) {
            TaskInfo prev = web.get(i - 1);
            TaskInfo t = web.get(i);
            assertTrue(prev.slot() < t.slot() || (prev.slot() == t.slot() && !t.isCurrent()), web::toString);
        }
    }

    @Test
    void standaloneAndComposeContainersAppearInTheirGroups() {
        InventorySnapshot snap = session.inventory();
        Set<String> standalone = snap.standaloneContainers().stream().map(ContainerInfo::name).collect(Collectors.toSet());
        assertTrue(standalone.containsAll(Set.of(ns + "-solo", ns + "-stopped", ns + "-health")), standalone::toString);
        assertFalse(standalone.contains(ns + "-proj-web-1"));
        assertTrue(snap.standaloneContainers().stream().noneMatch(ContainerInfo::isSwarmTask));

        ContainerInfo stopped = snap.containers().stream().filter(c -> c.name().equals(ns + "-stopped")).findFirst().orElseThrow();
        assertEquals("created", stopped.state());
        ContainerInfo solo = snap.containers().stream().filter(c -> c.name().equals(ns + "-solo")).findFirst().orElseThrow();
        assertTrue(solo.isRunning());
        assertEquals("gantry-test/busybox:1", solo.image());
        assertNotNull(solo.createdAt());

        ComposeProject project = snap.composeProjects().stream().filter(p -> p.name().equals(ns + "-proj"))
                .findFirst().orElseThrow();
        assertEquals(List.of(ns + "-proj-web-1"), project.containers().stream().map(ContainerInfo::name).toList());
        assertEquals("web", project.containers().get(0).composeService());
        assertTrue(snap.composeProjects().stream().flatMap(p -> p.containers().stream()).noneMatch(ContainerInfo::isSwarmTask));
    }

    @Test
    void aHealthContainerShowsHealthyThenUnhealthy() {
        String name = ns + "-health";
        InventorySnapshot healthy = Poll.until(Duration.ofSeconds(60), session::inventory,
                s -> health(s, name) == Health.HEALTHY);
        assertEquals(Health.HEALTHY, health(healthy, name));
        docker("exec", name, "touch", "/tmp/unhealthy");
        InventorySnapshot unhealthy = Poll.until(Duration.ofSeconds(60), session::inventory,
                s -> health(s, name) == Health.UNHEALTHY);
        assertEquals(Health.UNHEALTHY, health(unhealthy, name));
    }

    private static Health health(InventorySnapshot s, String name) {
        return s.containers().stream().filter(c -> c.name().equals(name)).map(ContainerInfo::health)
                .findFirst().orElse(null);
    }
}
