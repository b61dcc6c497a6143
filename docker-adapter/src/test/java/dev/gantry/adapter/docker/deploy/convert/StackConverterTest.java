package dev.gantry.adapter.docker.deploy.convert;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.adapter.api.deploy.StackConversionException;
import dev.gantry.adapter.compose.model.BuildConfig;
import dev.gantry.adapter.compose.model.ComposeProject;
import dev.gantry.adapter.compose.model.DeployConfig;
import dev.gantry.adapter.compose.model.FileObjectConfig;
import dev.gantry.adapter.compose.model.FileReference;
import dev.gantry.adapter.compose.model.HealthCheckConfig;
import dev.gantry.adapter.compose.model.LoggingConfig;
import dev.gantry.adapter.compose.model.NetworkConfig;
import dev.gantry.adapter.compose.model.Placement;
import dev.gantry.adapter.compose.model.PlacementPreference;
import dev.gantry.adapter.compose.model.ResourceLimit;
import dev.gantry.adapter.compose.model.ResourceReservation;
import dev.gantry.adapter.compose.model.Resources;
import dev.gantry.adapter.compose.model.RestartPolicy;
import dev.gantry.adapter.compose.model.ServiceConfig;
import dev.gantry.adapter.compose.model.ServiceConfigBuilder;
import dev.gantry.adapter.compose.model.ServiceNetworkConfig;
import dev.gantry.adapter.compose.model.ServicePortConfig;
import dev.gantry.adapter.compose.model.ServiceVolumeConfig;
import dev.gantry.adapter.compose.model.UlimitsConfig;
import dev.gantry.adapter.compose.model.UpdateConfig;
import dev.gantry.adapter.compose.model.VolumeConfig;
import dev.gantry.adapter.docker.deploy.StackPlan;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The converter on hand-built models: one assertion group per sub-spec, as the CLI converts them. */
class StackConverterTest {

    @Test
    void convertsEverySubSpecLikeTheCli() {
        StackPlan plan = StackConverter.convert("shop", project(Map.of("web", web())), path -> ("content of " + path).getBytes(StandardCharsets.UTF_8));
        JsonNode s = plan.services().get(0).spec();
        assertEquals("shop_web", plan.services().get(0).name());
        assertEquals("shop_web", s.path("Name").asText());
        assertEquals("shop", s.at("/Labels/com.docker.stack.namespace").asText());
        assertEquals("nginx:1", s.at("/Labels/com.docker.stack.image").asText());
        assertEquals("front", s.at("/Labels/tier").asText());

        JsonNode c = s.at("/TaskTemplate/ContainerSpec");
        assertEquals("nginx:1", c.path("Image").asText());
        assertEquals("[\"/entry.sh\"]", c.path("Command").toString());
        assertEquals("[\"run\",\"--fast\"]", c.path("Args").toString());
        assertEquals("[\"A=1\",\"EMPTY=\",\"NOVALUE\"]", c.path("Env").toString());
        assertEquals("shop", c.at("/Labels/com.docker.stack.namespace").asText());
        assertEquals("yes", c.at("/Labels/container.label").asText());
        assertEquals(10_000_000_000L, c.path("StopGracePeriod").asLong());
        assertEquals("SIGUSR1", c.path("StopSignal").asText());
        assertEquals("nobody", c.path("User").asText());
        assertEquals("/srv", c.path("Dir").asText());
        assertEquals("webhost", c.path("Hostname").asText());
        assertTrue(c.path("TTY").asBoolean());
        assertTrue(c.path("ReadOnly").asBoolean());
        assertTrue(c.path("Init").asBoolean());
        assertEquals("[\"CAP_NET_ADMIN\",\"CAP_SYS_TIME\"]", c.path("CapabilityAdd").toString());
        assertEquals("[\"CAP_MKNOD\"]", c.path("CapabilityDrop").toString());
        assertEquals("1", c.at("/Sysctls/net.core.somaxconn").asText());
        assertEquals("[{\"Name\":\"nofile\",\"Soft\":1000,\"Hard\":2000},{\"Name\":\"nproc\",\"Soft\":65535,\"Hard\":65535}]",
                c.path("Ulimits").toString());
        assertEquals("[\"8.8.8.8\"]", c.at("/DNSConfig/Nameservers").toString());
        assertEquals("[\"example.com\"]", c.at("/DNSConfig/Search").toString());
        assertEquals("[\"10.0.0.1 db.local\"]", c.path("Hosts").toString());
        assertEquals("[\"CMD\",\"true\"]", c.at("/Healthcheck/Test").toString());
        assertEquals(5_000_000_000L, c.at("/Healthcheck/Interval").asLong());
        assertEquals(3, c.at("/Healthcheck/Retries").asInt());

        JsonNode mounts = c.path("Mounts");
        assertEquals("shop_data", mounts.at("/0/Source").asText());
        assertEquals("volume", mounts.at("/0/Type").asText());
        assertEquals("shop", mounts.at("/0/VolumeOptions/Labels/com.docker.stack.namespace").asText());
        assertEquals("bind", mounts.at("/1/Type").asText());
        assertEquals("/etc/hosts", mounts.at("/1/Source").asText());
        assertTrue(mounts.at("/1/ReadOnly").asBoolean());
        assertEquals("tmpfs", mounts.at("/2/Type").asText());
        assertEquals(1024, mounts.at("/2/TmpfsOptions/SizeBytes").asLong());
        assertEquals("outside", mounts.at("/3/Source").asText());
        assertTrue(mounts.at("/3/VolumeOptions/Labels").isMissingNode(), "external volumes get no labels");

        assertEquals("ext_secret", c.at("/Secrets/0/SecretName").asText());
        assertEquals("shop_token", c.at("/Secrets/1/SecretName").asText());
        assertEquals("token", c.at("/Secrets/1/File/Name").asText());
        assertEquals("0", c.at("/Secrets/1/File/UID").asText());
        assertEquals(0444, c.at("/Secrets/1/File/Mode").asInt());
        assertEquals("shop_conf", c.at("/Configs/0/ConfigName").asText());
        assertEquals("/etc/app.conf", c.at("/Configs/0/File/Name").asText());
        assertEquals(0400, c.at("/Configs/0/File/Mode").asInt());

        JsonNode task = s.path("TaskTemplate");
        assertEquals(500_000_000L, task.at("/Resources/Limits/NanoCPUs").asLong());
        assertEquals(64L << 20, task.at("/Resources/Limits/MemoryBytes").asLong());
        assertEquals(250_000_000L, task.at("/Resources/Reservations/NanoCPUs").asLong());
        assertEquals("on-failure", task.at("/RestartPolicy/Condition").asText());
        assertEquals(3, task.at("/RestartPolicy/MaxAttempts").asInt());
        assertEquals("[\"node.role==manager\"]", task.at("/Placement/Constraints").toString());
        assertEquals("node.labels.zone", task.at("/Placement/Preferences/0/Spread/SpreadDescriptor").asText());
        assertEquals(2, task.at("/Placement/MaxReplicas").asInt());
        assertEquals("json-file", task.at("/LogDriver/Name").asText());
        assertEquals("10m", task.at("/LogDriver/Options/max-size").asText());
        assertEquals("[{\"Target\":\"outside-net\",\"Aliases\":[\"web\"]},"
                + "{\"Target\":\"shop_back\",\"Aliases\":[\"api\",\"web\"]}]", task.path("Networks").toString());

        assertEquals(3, s.at("/Mode/Replicated/Replicas").asInt());
        assertEquals(1, s.at("/UpdateConfig/Parallelism").asInt(), "parallelism defaults to 1");
        assertEquals("start-first", s.at("/UpdateConfig/Order").asText());
        assertEquals(2, s.at("/RollbackConfig/Parallelism").asInt());
        assertEquals("dnsrr", s.at("/EndpointSpec/Mode").asText());
        assertEquals("[{\"Protocol\":\"udp\",\"TargetPort\":53,\"PublishedPort\":5353,\"PublishMode\":\"host\"},"
                + "{\"Protocol\":\"tcp\",\"TargetPort\":80,\"PublishedPort\":8080,\"PublishMode\":\"ingress\"}]",
                s.at("/EndpointSpec/Ports").toString());

        assertEquals(1, plan.networks().size());
        assertEquals("shop_back", plan.networks().get(0).name());
        assertEquals("shop", plan.networks().get(0).create().at("/Labels/com.docker.stack.namespace").asText());
        assertTrue(plan.networks().get(0).create().path("Attachable").asBoolean());
        assertEquals(List.of("outside-net"), plan.externalNetworks());
        assertEquals(1, plan.secrets().size(), "external secrets are not created");
        assertEquals("shop_token", plan.secrets().get(0).name());
        assertArrayEquals("content of ./token.txt".getBytes(StandardCharsets.UTF_8), plan.secrets().get(0).data());
        assertEquals("shop", plan.secrets().get(0).labels().get("com.docker.stack.namespace"));
        assertEquals("shop_conf", plan.configs().get(0).name());
    }

    @Test
    void aServiceWithoutNetworksJoinsTheStackDefaultOverlayNetwork() {
        StackPlan plan = StackConverter.convert("s", project(Map.of("a", new ServiceConfigBuilder("a").image("x:1").build())),
                path -> new byte[0]);
        assertEquals("s_default", plan.networks().get(0).name());
        assertFalse(plan.networks().get(0).create().has("Driver"), "the deployer fills in overlay");
        assertEquals("[{\"Target\":\"s_default\",\"Aliases\":[\"a\"]}]",
                plan.services().get(0).spec().at("/TaskTemplate/Networks").toString());
        assertEquals("{\"Replicated\":{}}", plan.services().get(0).spec().path("Mode").toString());
    }

    @Test
    void globalModeRestartFallbackAndCapabilityRules() {
        ServiceConfig s = new ServiceConfigBuilder("g").image("x:1").restart("unless-stopped")
                .capAdd(List.of("ALL", "net_admin")).capDrop(List.of("ALL"))
                .deploy(new DeployConfig("global", null, Map.of(), null, null, null, null, null, null)).build();
        JsonNode spec = StackConverter.convert("s", project(Map.of("g", s)), p -> new byte[0]).services().get(0).spec();
        assertEquals("{\"Global\":{}}", spec.path("Mode").toString());
        assertEquals("{\"Condition\":\"any\"}", spec.at("/TaskTemplate/RestartPolicy").toString());
        assertEquals("[\"ALL\"]", spec.at("/TaskTemplate/ContainerSpec/CapabilityAdd").toString());
        assertTrue(spec.at("/TaskTemplate/ContainerSpec/CapabilityDrop").isMissingNode(), "add ALL wins over drop ALL");
    }

    @Test
    void errorsNameTheServiceAndTheProblem() {
        ServiceConfig build = new ServiceConfigBuilder("app")
                .build(new BuildConfig(".", null, Map.of(), Map.of(), List.of(), List.of(), null, null)).build();
        StackConversionException e = assertThrows(StackConversionException.class,
                () -> StackConverter.convert("s", project(Map.of("app", build)), p -> new byte[0]));
        assertEquals("service app: uses build: and has no image; a swarm cannot build, set image:", e.getMessage());

        ServiceConfig undefined = new ServiceConfigBuilder("b").image("x:1")
                .networks(Map.of("nope", new ServiceNetworkConfig(List.of(), null, null, Map.of()))).build();
        e = assertThrows(StackConversionException.class,
                () -> StackConverter.convert("s", project(Map.of("b", undefined)), p -> new byte[0]));
        assertEquals("service b: undefined network \"nope\"", e.getMessage());

        ServiceConfig replicasGlobal = new ServiceConfigBuilder("c").image("x:1")
                .deploy(new DeployConfig("global", 2L, Map.of(), null, null, null, null, null, null)).build();
        e = assertThrows(StackConversionException.class,
                () -> StackConverter.convert("s", project(Map.of("c", replicasGlobal)), p -> new byte[0]));
        assertEquals("service c: replicas can only be used with replicated or replicated-job mode", e.getMessage());
    }

    @Test
    void cpusAreConvertedExactly() {
        assertEquals(1_500_000_000L, TaskParts.nanoCpus("1.5"));
        assertEquals(1_000_000L, TaskParts.nanoCpus("0.001"));
        assertThrows(StackConversionException.class, () -> TaskParts.nanoCpus("0.0000000001"));
        assertThrows(StackConversionException.class, () -> TaskParts.nanoCpus("lots"));
    }

    private static ServiceConfig web() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("NOVALUE", null);
        env.put("A", "1");
        env.put("EMPTY", "");
        Map<String, ServiceNetworkConfig> nets = new LinkedHashMap<>();
        nets.put("back", new ServiceNetworkConfig(List.of("api"), null, null, Map.of()));
        nets.put("outside", null);
        DeployConfig deploy = new DeployConfig("replicated", 3L, Map.of("tier", "front"),
                new UpdateConfig(null, Duration.ofSeconds(10), "rollback", null, 0, "start-first"),
                new UpdateConfig(2L, null, null, null, 0, null),
                new Resources(new ResourceLimit("0.5", 64L << 20, 0), new ResourceReservation("0.25", 0, List.of())),
                new RestartPolicy("on-failure", Duration.ofSeconds(5), 3L, null),
                new Placement(List.of("node.role==manager"), List.of(new PlacementPreference("node.labels.zone")), 2),
                "dnsrr");
        return new ServiceConfigBuilder("web").image("nginx:1").entrypoint(List.of("/entry.sh"))
                .command(List.of("run", "--fast")).environment(env).labels(Map.of("container.label", "yes"))
                .deploy(deploy)
                .ports(List.of(new ServicePortConfig("host", 53, 5353, "udp"), new ServicePortConfig("ingress", 80, 8080, "tcp")))
                .healthcheck(new HealthCheckConfig(List.of("CMD", "true"), null, Duration.ofSeconds(5), 3L, null, null, false))
                .networks(nets)
                .volumes(List.of(
                        new ServiceVolumeConfig("volume", "data", "/data", false, null, null, null, null, false),
                        new ServiceVolumeConfig("bind", "/etc/hosts", "/h", true, null, null, null, null, false),
                        new ServiceVolumeConfig("tmpfs", null, "/tmp", false, null, null, null,
                                new ServiceVolumeConfig.TmpfsOptions(1024), false),
                        new ServiceVolumeConfig("volume", "ext", "/ext", false, null, null, null, null, false)))
                .secrets(List.of(new FileReference("token", null, null, null, null),
                        new FileReference("external_one", null, null, null, null)))
                .configs(List.of(new FileReference("conf", "/etc/app.conf", null, null, 0400L)))
                .stopGracePeriod(Duration.ofSeconds(10)).stopSignal("SIGUSR1").user("nobody").workingDir("/srv")
                .hostname("webhost").tty(true).readOnly(true).init(true)
                .capAdd(List.of("net_admin", "CAP_SYS_TIME", " Net_Admin")).capDrop(List.of("MKNOD", "mknod", "net_admin"))
                .sysctls(Map.of("net.core.somaxconn", "1"))
                .ulimits(Map.of("nproc", new UlimitsConfig(65535, 0, 0), "nofile", new UlimitsConfig(0, 1000, 2000)))
                .dns(List.of("8.8.8.8")).dnsSearch(List.of("example.com")).extraHosts(List.of("db.local:10.0.0.1"))
                .logging(new LoggingConfig("json-file", Map.of("max-size", "10m")))
                .build();
    }

    private static ComposeProject project(Map<String, ServiceConfig> services) {
        Map<String, NetworkConfig> networks = new HashMap<>();
        networks.put("back", new NetworkConfig(null, null, Map.of(), null, false, false, true, Map.of(), Map.of()));
        networks.put("outside", new NetworkConfig("outside-net", null, Map.of(), null, true, false, false, Map.of(), Map.of()));
        Map<String, VolumeConfig> volumes = Map.of(
                "data", new VolumeConfig(null, null, Map.of(), false, Map.of(), Map.of(), null),
                "ext", new VolumeConfig("outside", null, Map.of(), true, Map.of(), Map.of(), null));
        Map<String, FileObjectConfig> secrets = Map.of(
                "token", new FileObjectConfig(null, "./token.txt", false, Map.of(), null, Map.of(), null, Map.of()),
                "external_one", new FileObjectConfig("ext_secret", null, true, Map.of(), null, Map.of(), null, Map.of()));
        Map<String, FileObjectConfig> configs = Map.of(
                "conf", new FileObjectConfig(null, "./app.conf", false, Map.of(), null, Map.of(), null, Map.of()));
        return new ComposeProject("3.8", Path.of("/tmp"), List.of(), services, networks, volumes, secrets, configs, Map.of());
    }
}
