package dev.gantry.adapter.docker.deploy.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.adapter.api.deploy.StackConversionException;
import dev.gantry.adapter.compose.ComposeLoader;
import dev.gantry.adapter.compose.model.ComposeProject;
import dev.gantry.adapter.compose.model.ServiceConfig;
import dev.gantry.adapter.compose.LoadOptions;
import dev.gantry.adapter.compose.LoadResult;
import dev.gantry.adapter.docker.deploy.StackPlan;
import dev.gantry.adapter.docker.deploy.StackPlan.ServicePlan;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The docker CLI's full-example.yml, loaded and converted; expected values as the CLI converts them. */
class FullExampleConversionTest {

    private static StackPlan plan;
    private static JsonNode foo;

    @BeforeAll
    static void convert() {
        Path file = Corpus.dir().resolve("docker-cli/full-example.yml");
        LoadResult loaded = new ComposeLoader(Map.of("HOME", "/home/foo")).load(List.of(file), LoadOptions.CONFIG);
        assertTrue(loaded.project().isPresent(), () -> loaded.diagnostics().toString());
        ComposeProject project = loaded.project().orElseThrow();
        // like the CLI, conversion refuses the file as it is: datavolume is not declared
        StackConversionException refused = assertThrows(StackConversionException.class,
                () -> StackConverter.convert("full", project, path -> new byte[0]));
        assertEquals("service foo: undefined volume \"datavolume\"", refused.getMessage());
        Map<String, ServiceConfig> services = new LinkedHashMap<>(project.services());
        ServiceConfig fooConfig = services.get("foo");
        services.put("foo", fooConfig.toBuilder().volumes(fooConfig.volumes().stream()
                .filter(v -> !"datavolume".equals(v.source())).toList()).build());
        ComposeProject volumeFixed = new ComposeProject(project.version(), project.workingDir(), project.files(),
                services, project.networks(), project.volumes(), project.secrets(), project.configs(), project.extensions());
        refused = assertThrows(StackConversionException.class,
                () -> StackConverter.convert("full", volumeFixed, path -> new byte[0]));
        assertEquals("service foo: undefined network \"other-other-network\"", refused.getMessage());
        Map<String, dev.gantry.adapter.compose.model.ServiceNetworkConfig> nets = new LinkedHashMap<>(fooConfig.networks());
        nets.remove("other-other-network");
        services.put("foo", services.get("foo").toBuilder().networks(nets).build());
        ComposeProject fixed = new ComposeProject(project.version(), project.workingDir(), project.files(), services,
                project.networks(), project.volumes(), project.secrets(), project.configs(), project.extensions());
        plan = StackConverter.convert("full", fixed, path -> ("data of " + path).getBytes(StandardCharsets.UTF_8));
        foo = plan.services().stream().filter(s -> s.name().equals("full_foo")).map(ServicePlan::spec)
                .findFirst().orElseThrow();
    }

    @Test
    void serviceLevelFields() {
        assertEquals("full_foo", foo.path("Name").asText());
        assertEquals("BAR", foo.at("/Labels/FOO").asText());
        assertEquals("full", foo.at("/Labels/com.docker.stack.namespace").asText());
        assertEquals("redis", foo.at("/Labels/com.docker.stack.image").asText());
        assertEquals(6, foo.at("/Mode/Replicated/Replicas").asInt());
        assertEquals("dnsrr", foo.at("/EndpointSpec/Mode").asText());
        JsonNode update = foo.path("UpdateConfig");
        assertEquals(3, update.path("Parallelism").asInt());
        assertEquals(10_000_000_000L, update.path("Delay").asLong());
        assertEquals("continue", update.path("FailureAction").asText());
        assertEquals(60_000_000_000L, update.path("Monitor").asLong());
        assertEquals(0.3, update.path("MaxFailureRatio").asDouble(), 1e-6);
        assertEquals("start-first", update.path("Order").asText());
        assertEquals(update, foo.path("RollbackConfig"));
    }

    @Test
    void taskLevelFields() {
        JsonNode task = foo.path("TaskTemplate");
        assertEquals(1_000_000L, task.at("/Resources/Limits/NanoCPUs").asLong());
        assertEquals(50L << 20, task.at("/Resources/Limits/MemoryBytes").asLong());
        assertEquals(100, task.at("/Resources/Limits/Pids").asLong());
        assertEquals(100_000L, task.at("/Resources/Reservations/NanoCPUs").asLong());
        assertEquals(20L << 20, task.at("/Resources/Reservations/MemoryBytes").asLong());
        assertEquals("gpu", task.at("/Resources/Reservations/GenericResources/0/DiscreteResourceSpec/Kind").asText());
        assertEquals(2, task.at("/Resources/Reservations/GenericResources/0/DiscreteResourceSpec/Value").asLong());
        assertEquals("{\"Condition\":\"on-failure\",\"Delay\":5000000000,\"MaxAttempts\":3,\"Window\":120000000000}",
                task.path("RestartPolicy").toString(), "deploy.restart_policy wins over restart: always");
        assertEquals("[\"node=foo\"]", task.at("/Placement/Constraints").toString());
        assertEquals(5, task.at("/Placement/MaxReplicas").asInt());
        assertEquals("node.labels.az", task.at("/Placement/Preferences/0/Spread/SpreadDescriptor").asText());
        assertEquals("syslog", task.at("/LogDriver/Name").asText());
        assertEquals("tcp://192.168.0.42:123", task.at("/LogDriver/Options/syslog-address").asText());
        JsonNode nets = task.path("Networks");
        assertEquals(2, nets.size());
        assertEquals("full_other-network", nets.at("/0/Target").asText());
        assertEquals("full_some-network", nets.at("/1/Target").asText());
        assertEquals("[\"alias1\",\"alias3\",\"foo\"]", nets.at("/1/Aliases").toString());
        assertEquals("optval1", nets.at("/1/DriverOpts/driveropt1").asText());
    }

    @Test
    void containerLevelFields() {
        JsonNode c = foo.at("/TaskTemplate/ContainerSpec");
        assertEquals("redis", c.path("Image").asText());
        assertEquals("[\"/code/entrypoint.sh\",\"-p\",\"3000\"]", c.path("Command").toString());
        assertEquals("[\"bundle\",\"exec\",\"thin\",\"-p\",\"3000\"]", c.path("Args").toString());
        assertEquals("[\"ALL\"]", c.path("CapabilityAdd").toString());
        assertEquals("[\"CAP_NET_ADMIN\",\"CAP_SYS_ADMIN\"]", c.path("CapabilityDrop").toString());
        assertEquals("foo", c.path("Hostname").asText());
        assertTrue(c.path("ReadOnly").asBoolean());
        assertTrue(c.path("OpenStdin").asBoolean());
        assertEquals(20_000_000_000L, c.path("StopGracePeriod").asLong());
        assertEquals("[\"8.8.8.8\",\"9.9.9.9\"]", c.at("/DNSConfig/Nameservers").toString());
        assertEquals("[\"162.242.195.82 somehost\",\"50.31.209.229 otherhost\",\"host-gateway host.docker.internal\"]",
                c.path("Hosts").toString());
        assertEquals("[\"CMD-SHELL\",\"echo \\\"hello world\\\"\"]", c.at("/Healthcheck/Test").toString());
        assertEquals(5, c.at("/Healthcheck/Retries").asInt());
        assertEquals(1_000_000_000L, c.at("/Healthcheck/StartInterval").asLong());
        assertEquals("Accounting webapp", c.at("/Labels/com.example.description").asText());
        assertEquals("42", c.at("/Labels/com.example.number").asText());
        assertEquals("", c.at("/Labels/com.example.empty-label").asText());
        assertTrue(c.path("Env").toString().contains("\"BAZ=baz_from_service_def\""), c.path("Env").toString());
        assertTrue(c.path("Env").toString().contains("\"QUX\""), c.path("Env").toString());
        assertEquals("full_config1", c.at("/Configs/0/ConfigName").asText());
        assertEquals("/my_config", c.at("/Configs/1/File/Name").asText());
        assertEquals("103", c.at("/Configs/1/File/UID").asText());
        assertEquals(0440, c.at("/Configs/1/File/Mode").asInt());
        assertEquals("my_secret", c.at("/Secrets/1/File/Name").asText());
    }

    @Test
    void portsAreExpandedAndSorted() {
        JsonNode ports = foo.at("/EndpointSpec/Ports");
        assertTrue(ports.size() >= 20, ports.toString());
        for (JsonNode p : ports) {
            assertEquals("tcp", p.path("Protocol").asText(), p.toString());
        }
    }

    @Test
    void stackObjects() {
        assertTrue(plan.networks().stream().anyMatch(n -> n.name().equals("full_some-network")));
        assertTrue(plan.secrets().stream().anyMatch(s -> s.name().equals("full_secret1")));
        assertTrue(plan.configs().stream().anyMatch(s -> s.name().equals("full_config1")));
        plan.networks().forEach(n -> assertEquals("full", n.create().at("/Labels/com.docker.stack.namespace").asText()));
    }
}
