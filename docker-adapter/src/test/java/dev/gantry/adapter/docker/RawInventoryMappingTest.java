package dev.gantry.adapter.docker;

import static dev.gantry.adapter.testing.TestEngine.docker;
import static dev.gantry.adapter.testing.TestEngine.dockerResult;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Image;
import com.github.dockerjava.api.model.Info;
import com.github.dockerjava.api.model.Version;
import com.github.dockerjava.api.model.Service;
import com.github.dockerjava.api.model.SwarmNode;
import com.github.dockerjava.api.model.Task;
import com.github.dockerjava.core.DockerClientConfig;
import dev.gantry.adapter.api.ContainerInfo;
import dev.gantry.adapter.api.EngineInfo;
import dev.gantry.adapter.api.EngineSession;
import dev.gantry.adapter.api.Health;
import dev.gantry.adapter.api.InventorySnapshot;
import dev.gantry.adapter.api.NodeInfo;
import dev.gantry.adapter.api.PublishedPort;
import dev.gantry.adapter.api.ServiceInfo;
import dev.gantry.adapter.api.StackInfo;
import dev.gantry.adapter.api.SwarmState;
import dev.gantry.adapter.api.TaskInfo;
import dev.gantry.adapter.api.UpdateStatus;
import dev.gantry.adapter.testing.FreePort;
import dev.gantry.adapter.testing.Poll;
import dev.gantry.adapter.testing.TestEngine;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The inventory read from the list calls' JSON, checked on a real engine: against docker-java's own
 * reading of the very same answers (the mapping Gantry used before), and against the docker CLI.
 */
class RawInventoryMappingTest {

    private static final Duration CONVERGE = Duration.ofSeconds(120);
    private static final Pattern CLI_PORT = Pattern.compile(":(\\d+)->(\\d+)/(\\w+)");

    private static String ns;
    private static int ingressPort;
    private static int composePort;
    private static EngineSession session;
    private static DockerClient client;
    private static RawApi raw;

    @BeforeAll
    static void createStackComposeProjectAndContainers() throws IOException {
        ns = Poll.uniqueName("gt-rawinv");
        ingressPort = FreePort.find();
        composePort = FreePort.find();
        session = new DockerEngineConnector().connect(TestEngine.profile());
        String version = session.info().negotiatedApiVersion();
        client = DockerClients.open(TestEngine.profile(), ApiVersion.of(version));
        raw = new RawApi(client, () -> version);
        StackResources.create(ns, false);
        String label = StackInfo.NAMESPACE_LABEL + "=" + ns;
        docker("service", "create", "--detach", "--label", label, "--name", ns + "_web", "--replicas", "2",
                "--network", ns + "_net", "--publish", "mode=host,target=80", "--stop-grace-period", "1s",
                "gantry-test/busybox:1");
        docker("service", "create", "--detach", "--label", label, "--name", ns + "_agent", "--mode", "global",
                "--publish", "published=" + ingressPort + ",target=53,protocol=udp", "--stop-grace-period", "1s",
                "gantry-test/busybox:1");
        docker("service", "create", "--detach", "--label", label, "--name", ns + "_fail", "--restart-condition", "none",
                "gantry-test/busybox:1", "sh", "-c", "exit 3");
        docker("run", "-d", "--name", ns + "-health", "gantry-test/health:1");
        docker("run", "-d", "--name", ns + "-proj-web-1", "--label", ContainerInfo.COMPOSE_PROJECT + "=" + ns + "-proj",
                "--label", ContainerInfo.COMPOSE_SERVICE + "=web", "-p", composePort + ":80", "gantry-test/busybox:1");
        docker("run", "-d", "--name", ns + "-exited", "gantry-test/busybox:1");
        docker("stop", "-t", "1", ns + "-exited");
        docker("create", "--name", ns + "-created", "gantry-test/busybox:1");
    }

    @AfterAll
    static void removeEverything() {
        if (ns == null) {
            return;
        }
        dockerResult("service", "rm", ns + "_web", ns + "_agent", ns + "_fail");
        dockerResult("rm", "-f", ns + "-health", ns + "-proj-web-1", ns + "-exited", ns + "-created");
        dockerResult("secret", "rm", ns + "_token");
        Poll.until(Duration.ofSeconds(60), () -> dockerResult("network", "rm", ns + "_net").exitCode(),
                rc -> rc == 0 || !dockerResult("network", "inspect", ns + "_net").stdout().startsWith("["));
        DockerClients.closeQuietly(client);
        if (session != null) {
            session.close();
        }
    }

    private static InventorySnapshot converged() {
        return Poll.until(CONVERGE, session::inventory, s -> running(s, ns + "_web") == 2 && running(s, ns + "_agent") == 1
                && s.tasks().stream().anyMatch(t -> (ns + "_fail").equals(t.serviceName()) && "failed".equals(t.state()))
                && s.containers().stream().anyMatch(c -> c.name().equals(ns + "-health") && c.health() == Health.HEALTHY));
    }

    private static long running(InventorySnapshot s, String service) {
        return s.services().stream().filter(x -> service.equals(x.name())).mapToLong(ServiceInfo::runningReplicas)
                .findFirst().orElse(-1);
    }

    @Test
    void jsonMappingMatchesDockerJavasReadingOfTheSameAnswers() throws JsonProcessingException {
        converged();
        ObjectMapper dockerJava = DockerClientConfig.getDefaultObjectMapper();
        JsonNode containersJson = raw.get(InventoryReader.CONTAINERS);
        JsonNode servicesJson = raw.get("/services");
        JsonNode tasksJson = raw.get("/tasks");
        JsonNode nodesJson = raw.get("/nodes");

        List<ContainerInfo> containers = JsonFields.elements(containersJson).stream().map(ContainerMapper::map).toList();
        assertEquals(Arrays.stream(dockerJava.treeToValue(containersJson, Container[].class))
                .map(DockerJavaInventoryMapping::container).toList(), containers);

        List<NodeInfo> nodes = JsonFields.elements(nodesJson).stream().map(NodeMapper::map).toList();
        assertEquals(Arrays.stream(dockerJava.treeToValue(nodesJson, SwarmNode[].class))
                .map(DockerJavaInventoryMapping::node).toList(), nodes);

        Map<String, ContainerInfo> local = new HashMap<>();
        containers.forEach(c -> {
            local.put(c.id(), c);
            if (c.labels().containsKey(ContainerInfo.SWARM_TASK_ID)) {
                local.put(c.labels().get(ContainerInfo.SWARM_TASK_ID), c);
            }
        });
        Map<String, String> hostnames = nodes.stream().collect(Collectors.toMap(NodeInfo::id, NodeInfo::hostname));
        Map<String, String> serviceNames = new HashMap<>();
        servicesJson.forEach(s -> serviceNames.put(s.path("ID").asText(), s.path("Spec").path("Name").asText()));
        List<TaskInfo> tasks = JsonFields.elements(tasksJson).stream()
                .map(t -> TaskMapper.map(t, hostnames, serviceNames, local)).toList();
        assertEquals(Arrays.stream(dockerJava.treeToValue(tasksJson, Task[].class))
                .map(t -> DockerJavaInventoryMapping.task(t, hostnames, serviceNames, local)).toList(), tasks);

        Map<String, List<TaskInfo>> byService = tasks.stream().collect(Collectors.groupingBy(TaskInfo::serviceId));
        List<ServiceInfo> services = JsonFields.elements(servicesJson).stream()
                .map(s -> ServiceMapper.map(s, byService.getOrDefault(s.path("ID").asText(), List.of()))).toList();
        List<ServiceInfo> reference = Arrays.stream(dockerJava.treeToValue(servicesJson, Service[].class))
                .map(s -> DockerJavaInventoryMapping.service(s, byService.getOrDefault(s.getId(), List.of()))).toList();
        assertEquals(reference, services.stream().map(RawInventoryMappingTest::toMillis).toList(),
                "the same but for the times' precision (docker-java reads them into milliseconds)");

        JsonNode imagesJson = raw.get("/images/json");
        assertEquals(DockerJavaInventoryMapping.images(Arrays.asList(dockerJava.treeToValue(imagesJson, Image[].class)),
                        Arrays.asList(dockerJava.treeToValue(containersJson, Container[].class))),
                ImageMapper.map(JsonFields.elements(imagesJson), JsonFields.elements(containersJson)));

        // the fixture's cases are among what was compared
        ContainerInfo project = named(containers, ns + "-proj-web-1");
        assertEquals(List.of(new PublishedPort("0.0.0.0", composePort, 80, "tcp", "host")), project.ports(),
                "bound on 0.0.0.0 and :: but listed once");
        assertEquals(Health.HEALTHY, named(containers, ns + "-health").health());
        assertEquals("exited", named(containers, ns + "-exited").state());
        assertEquals("created", named(containers, ns + "-created").state());
        ServiceInfo web = service(services, ns + "_web");
        assertEquals(List.of(new PublishedPort(null, 0, 80, "tcp", "host")), web.ports());
        assertEquals(ns, web.stack());
        assertEquals(List.of(new PublishedPort(null, ingressPort, 53, "udp", "ingress")),
                service(services, ns + "_agent").ports());
        TaskInfo failed = tasks.stream().filter(t -> (ns + "_fail").equals(t.serviceName())).findFirst().orElseThrow();
        assertEquals("task: non-zero exit (3)", failed.error());
        assertEquals(3, failed.exitCode());
        assertTrue(services.stream().allMatch(s -> s.createdAt() != null && s.updatedAt() != null), "every service has its times");
    }

    @Test
    void engineInfoMatchesDockerJavasReadingOfTheSameAnswers() throws JsonProcessingException {
        ObjectMapper dockerJava = DockerClientConfig.getDefaultObjectMapper();
        String negotiated = session.info().negotiatedApiVersion();
        JsonNode version = raw.get("/version");
        JsonNode info = raw.get("/info");
        EngineInfo engine = EngineInfoReader.of(version, info, negotiated);
        assertEquals(DockerJavaInventoryMapping.engine(dockerJava.treeToValue(version, Version.class),
                dockerJava.treeToValue(info, Info.class), negotiated), engine);
        assertEquals(SwarmState.ACTIVE, engine.swarmState());
        assertTrue(engine.swarmManager());
        assertEquals(docker("version", "--format", "{{.Server.Version}}|{{.Server.APIVersion}}"),
                engine.serverVersion() + "|" + engine.serverApiVersion());
        assertEquals(docker("info", "--format", "{{.Name}}|{{.NCPU}}|{{.MemTotal}}|{{.OSType}}|{{.Architecture}}|{{.Swarm.NodeID}}"),
                engine.hostname() + "|" + engine.cpus() + "|" + engine.memoryBytes() + "|" + engine.os() + "|"
                        + engine.arch() + "|" + engine.nodeId());
        assertEquals(withoutCounts(engine), withoutCounts(session.info()), "what the connect read");
    }

    @Test
    void inventoryAgreesWithTheDockerCli() {
        InventorySnapshot snap = converged();

        Set<String> cliServices = lines(docker("service", "ls", "--filter", "label=" + StackInfo.NAMESPACE_LABEL + "=" + ns,
                "--format", "{{.Name}}|{{.Mode}}|{{.Replicas}}|{{.Image}}"));
        Set<String> ours = snap.services().stream().filter(s -> ns.equals(s.stack()))
                .map(s -> s.name() + "|" + s.mode() + "|" + s.runningReplicas() + "/" + s.desiredReplicas() + "|" + s.image())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(ns + "_agent|global|1/1|gantry-test/busybox:1", ns + "_fail|replicated|0/1|gantry-test/busybox:1",
                ns + "_web|replicated|2/2|gantry-test/busybox:1"), cliServices);
        assertEquals(cliServices, ours);
        StackInfo stack = snap.stacks().stream().filter(s -> s.name().equals(ns)).findFirst().orElseThrow();
        assertEquals(List.of(ns + "_net"), stack.networks());
        assertEquals(List.of(ns + "_token"), stack.secrets());

        for (String service : List.of(ns + "_web", ns + "_agent", ns + "_fail")) {
            Set<String> cliTasks = lines(docker("service", "ps", "--no-trunc", service,
                    "--format", "{{.ID}}|{{.Node}}|{{.DesiredState}}|{{.CurrentState}}|{{.Error}}"));
            Set<String> ourTasks = snap.tasks().stream().filter(t -> service.equals(t.serviceName()))
                    .map(t -> t.id() + "|" + t.nodeHostname() + "|" + t.desiredState() + "|" + t.state() + "|"
                            + (t.error() == null ? "" : t.error()))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(cliTasks.stream().map(RawInventoryMappingTest::stateOnly).collect(Collectors.toCollection(TreeSet::new)),
                    ourTasks, service);
        }

        Set<String> cliContainers = lines(docker("ps", "-a", "--no-trunc", "--filter", "name=" + ns,
                "--format", "{{.ID}}|{{.Names}}|{{.Image}}|{{.State}}|{{.Status}}|{{.Ports}}"));
        assertEquals(8, cliContainers.size(), cliContainers::toString);
        for (String line : cliContainers) {
            String[] f = line.split("\\|", -1);
            ContainerInfo c = snap.containers().stream().filter(x -> x.id().equals(f[0])).findFirst()
                    .orElseThrow(() -> new AssertionError("not in the inventory: " + line));
            assertEquals(f[1], c.name());
            assertEquals(f[2], c.image());
            assertEquals(f[3], c.state());
            assertEquals(ContainerMapper.healthFromStatus(f[4]), c.health(), line);
            assertEquals(cliPorts(f[5]), c.ports().stream().filter(p -> p.published() > 0)
                    .map(p -> p.published() + "->" + p.target() + "/" + p.protocol()).collect(Collectors.toCollection(TreeSet::new)), line);
        }

        Set<String> cliNodes = lines(docker("node", "ls", "--format",
                "{{.ID}}|{{.Hostname}}|{{.Status}}|{{.Availability}}|{{.ManagerStatus}}|{{.EngineVersion}}"));
        assertEquals(cliNodes, snap.nodes().stream().map(n -> n.id() + "|" + n.hostname() + "|" + capital(n.state()) + "|"
                + capital(n.availability()) + "|" + (n.leader() ? "Leader" : "") + "|" + n.engineVersion())
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    /** "Running 5 minutes ago" to "running"; the error without the quotes the CLI puts around it. */
    private static String stateOnly(String cliTask) {
        String[] f = cliTask.split("\\|", -1);
        f[3] = f[3].split(" ")[0].toLowerCase(Locale.ROOT);
        f[2] = f[2].toLowerCase(Locale.ROOT);
        f[4] = f[4].startsWith("\"") && f[4].endsWith("\"") ? f[4].substring(1, f[4].length() - 1) : f[4];
        return String.join("|", f);
    }

    private static Set<String> cliPorts(String ports) {
        Set<String> out = new TreeSet<>();
        Matcher m = CLI_PORT.matcher(ports);
        while (m.find()) {
            out.add(m.group(1) + "->" + m.group(2) + "/" + m.group(3));
        }
        return out;
    }

    private static String capital(String s) {
        return s == null || s.isEmpty() ? "" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static Set<String> lines(String text) {
        return Arrays.stream(text.strip().split("\n")).filter(l -> !l.isBlank())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static ContainerInfo named(List<ContainerInfo> containers, String name) {
        return containers.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name));
    }

    private static ServiceInfo service(List<ServiceInfo> services, String name) {
        return services.stream().filter(s -> name.equals(s.name())).findFirst().orElseThrow(() -> new AssertionError(name));
    }

    /** Other tests create and remove containers meanwhile. */
    private static EngineInfo withoutCounts(EngineInfo e) {
        return new EngineInfo(e.serverVersion(), e.serverApiVersion(), e.negotiatedApiVersion(), e.os(), e.arch(),
                e.kernelVersion(), e.hostname(), e.cpus(), e.memoryBytes(), e.swarmState(), e.swarmManager(), e.nodeId(),
                0, 0, 0);
    }

    private static ServiceInfo toMillis(ServiceInfo s) {
        UpdateStatus u = s.updateStatus();
        return new ServiceInfo(s.id(), s.name(), s.stack(), s.image(), s.mode(), s.desiredReplicas(), s.runningReplicas(),
                s.ports(), u == null ? null : new UpdateStatus(u.state(), u.message(), millis(u.startedAt()), millis(u.completedAt())),
                s.labels(), millis(s.createdAt()), millis(s.updatedAt()), s.version());
    }

    private static Instant millis(Instant t) {
        return t == null ? null : t.truncatedTo(ChronoUnit.MILLIS);
    }
}
