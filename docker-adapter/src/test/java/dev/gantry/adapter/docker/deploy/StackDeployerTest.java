package dev.gantry.adapter.docker.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.api.deploy.ChangeKind;
import dev.gantry.adapter.api.deploy.DeployResult;
import dev.gantry.adapter.api.deploy.FieldChange;
import dev.gantry.adapter.api.deploy.ServiceChange;
import dev.gantry.adapter.api.deploy.StackDiff;
import dev.gantry.adapter.docker.deploy.StackPlan.FileObjectPlan;
import dev.gantry.adapter.docker.deploy.StackPlan.NetworkPlan;
import dev.gantry.adapter.docker.deploy.StackPlan.ServicePlan;
import dev.gantry.adapter.testing.TestEngine;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Deploys hand-built plans to the real test engine: create, diff and update, failure and rollback. */
class StackDeployerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private String stack;
    private StackDeployer deployer;

    @BeforeEach
    void setUp() {
        TestEngine.host();
        stack = TestStacks.uniqueStack("dep");
        deployer = new StackDeployer(TestStacks.api());
    }

    @AfterEach
    void tearDown() {
        TestStacks.remove(stack);
    }

    @Test
    void deploysThenShowsAndAppliesTheDiffOfAChangedVersion() throws Exception {
        List<String> progress = new ArrayList<>();
        DeployResult first = deployer.deploy(plan("1", 1, Map.of("A", "1"), List.of()), false, progress::add);
        assertTrue(first.succeeded(), () -> first.failure().orElseThrow().sentence());
        assertTrue(progress.contains("create network " + stack + "_back"), progress.toString());
        assertTrue(progress.indexOf("create network " + stack + "_back")
                < progress.indexOf("create secret " + stack + "_token"));
        assertTrue(progress.indexOf("create config " + stack + "_conf")
                < progress.indexOf("create service " + stack + "_web"));

        JsonNode web = inspect("web");
        assertEquals("gantry-test/busybox:1", web.at("/TaskTemplate/ContainerSpec/Image").asText());
        assertEquals(stack, web.at("/Labels/com.docker.stack.namespace").asText());
        assertEquals("gantry-test/busybox:1", web.at("/Labels/com.docker.stack.image").asText());
        assertEquals(stack + "_token", web.at("/TaskTemplate/ContainerSpec/Secrets/0/SecretName").asText());
        assertFalse(web.at("/TaskTemplate/ContainerSpec/Secrets/0/SecretID").asText().isEmpty());
        assertEquals(stack, TestEngine.docker("network", "inspect", stack + "_back", "--format",
                "{{index .Labels \"com.docker.stack.namespace\"}}"));

        StackPlan second = plan("2", 2, Map.of("A", "2", "B", "x"), List.of());
        StackDiff diff = deployer.diff(second, false);
        ServiceChange webChange = service(diff, stack + "_web");
        assertEquals(ChangeKind.CHANGED, webChange.kind());
        Map<String, FieldChange> fields = webChange.changes().stream()
                .collect(Collectors.toMap(FieldChange::field, f -> f));
        assertEquals(new FieldChange("image", "\"gantry-test/busybox:1\"", "\"gantry-test/busybox:2\""), fields.get("image"));
        assertEquals(new FieldChange("replicas", "1", "2"), fields.get("replicas"));
        assertEquals(new FieldChange("env[A]", "\"1\"", "\"2\""), fields.get("env[A]"));
        assertEquals(new FieldChange("env[B]", null, "\"x\""), fields.get("env[B]"));
        assertEquals(new FieldChange("labels[com.docker.stack.image]", "\"gantry-test/busybox:1\"",
                "\"gantry-test/busybox:2\""), fields.get("labels[com.docker.stack.image]"));
        assertEquals(5, fields.size(), fields.keySet().toString());
        assertEquals(ChangeKind.UNCHANGED, service(diff, stack + "_worker").kind());
        assertTrue(diff.resources().stream().allMatch(r -> r.kind() == ChangeKind.UNCHANGED), diff.lines().toString());

        DeployResult applied = deployer.deploy(second, false, line -> { });
        assertTrue(applied.succeeded(), () -> applied.failure().orElseThrow().sentence());
        JsonNode updated = inspect("web");
        assertEquals("gantry-test/busybox:2", updated.at("/TaskTemplate/ContainerSpec/Image").asText());
        assertEquals(2, updated.at("/Mode/Replicated/Replicas").asInt());
        assertTrue(deployer.diff(second, false).isEmpty(), () -> deployer.diff(second, false).lines().toString());
    }

    @Test
    void aFailedDeployLeavesThePreviousStackAsItWasAndRemovesWhatItCreated() throws Exception {
        DeployResult first = deployer.deploy(plan("1", 1, Map.of("A", "1"), List.of()), false, line -> { });
        assertTrue(first.succeeded(), () -> first.failure().orElseThrow().sentence());
        String webBefore = TestEngine.docker("service", "inspect", stack + "_web", "--format", "{{json .Spec}}");
        String workerBefore = TestEngine.docker("service", "inspect", stack + "_worker", "--format", "{{json .Spec}}");

        // web and worker get updated first; then a new service with a mount the engine rejects
        ObjectNode bad = serviceSpec("bad", "1", 1, Map.of(), "back");
        bad.with("TaskTemplate").with("ContainerSpec").putArray("Mounts").addObject()
                .put("Type", "bogus").put("Target", "/data");
        StackPlan failing = plan("2", 3, Map.of("A", "changed"), List.of(new ServicePlan(stack + "_bad", bad)));
        StackPlan withExtras = new StackPlan(stack,
                append(failing.networks(), new NetworkPlan(stack + "_extra", labels())),
                List.of(), failing.secrets(),
                append(failing.configs(), new FileObjectPlan(stack + "_extra", Map.of("com.docker.stack.namespace", stack),
                        "x".getBytes(StandardCharsets.UTF_8))),
                failing.services());

        DeployResult result = deployer.deploy(withExtras, false, line -> { });

        assertFalse(result.succeeded());
        assertEquals("create service " + stack + "_bad", result.failure().orElseThrow().step());
        assertEquals(EngineException.Kind.BAD_REQUEST, result.failure().orElseThrow().kind());
        assertTrue(result.applied().contains("update service " + stack + "_web"), result.applied().toString());
        assertEquals(List.of(), result.rollbackIssues());
        assertEquals(webBefore, TestEngine.docker("service", "inspect", stack + "_web", "--format", "{{json .Spec}}"));
        assertEquals(workerBefore, TestEngine.docker("service", "inspect", stack + "_worker", "--format", "{{json .Spec}}"));
        assertEquals(1, TestEngine.dockerResult("network", "inspect", stack + "_extra").exitCode());
        assertEquals(1, TestEngine.dockerResult("config", "inspect", stack + "_extra").exitCode());
        assertEquals(1, TestEngine.dockerResult("service", "inspect", stack + "_bad").exitCode());
        assertEquals(0, TestEngine.dockerResult("network", "inspect", stack + "_back").exitCode());
        assertEquals(0, TestEngine.dockerResult("config", "inspect", stack + "_conf").exitCode());
    }

    @Test
    void pruneRemovesOnlyServicesNoLongerInThePlan() {
        assertTrue(deployer.deploy(plan("1", 1, Map.of(), List.of()), false, line -> { }).succeeded());
        StackPlan withoutWorker = new StackPlan(stack, plan("1", 1, Map.of(), List.of()).networks(), List.of(),
                plan("1", 1, Map.of(), List.of()).secrets(), plan("1", 1, Map.of(), List.of()).configs(),
                List.of(plan("1", 1, Map.of(), List.of()).services().get(0)));
        StackDiff diff = deployer.diff(withoutWorker, true);
        assertEquals(ChangeKind.REMOVED, service(diff, stack + "_worker").kind());
        assertFalse(deployer.diff(withoutWorker, false).services().stream()
                .anyMatch(s -> s.name().equals(stack + "_worker")));

        DeployResult result = deployer.deploy(withoutWorker, true, line -> { });
        assertTrue(result.succeeded());
        assertEquals(1, TestEngine.dockerResult("service", "inspect", stack + "_worker").exitCode());
        assertEquals(0, TestEngine.dockerResult("service", "inspect", stack + "_web").exitCode());
    }

    @Test
    void aMissingExternalNetworkFailsBeforeAnythingIsCreated() {
        StackPlan p = plan("1", 1, Map.of(), List.of());
        StackPlan withExternal = new StackPlan(stack, p.networks(), List.of(stack + "-nope"), p.secrets(),
                p.configs(), p.services());
        DeployResult result = deployer.deploy(withExternal, false, line -> { });
        assertFalse(result.succeeded());
        assertEquals(EngineException.Kind.NOT_FOUND, result.failure().orElseThrow().kind());
        assertTrue(result.failure().orElseThrow().message().contains("declared as external"));
        assertTrue(TestStacks.ids("network", "ls", "-q", "--filter", "label=com.docker.stack.namespace=" + stack).isEmpty());
    }

    @Test
    void anUpdateWithAStaleVersionIsRetriedOnceWithAFreshRead() {
        String name = stack + "_solo";
        TestEngine.docker("service", "create", "--detach", "--name", name, "--label",
                "com.docker.stack.namespace=" + stack, "gantry-test/busybox:1");
        EngineApi api = TestStacks.api();
        RunningStack.RunningService stale = RunningStack.inspectService(api, name);
        TestEngine.docker("service", "update", "--detach", "--env-add", "BY_CLI=1", name);

        EngineException direct = org.junit.jupiter.api.Assertions.assertThrows(EngineException.class,
                () -> api.post("/services/" + stale.id() + "/update?version=" + stale.version(), stale.spec()));
        assertTrue(direct.getMessage().contains("out of sequence"), direct.getMessage());
        assertEquals(EngineException.Kind.CONFLICT, direct.kind());

        ServiceUpdater.update(api, stale, fresh -> {
            ObjectNode spec = fresh.spec();
            spec.with("TaskTemplate").with("ContainerSpec").withArray("Env").add("BY_GANTRY=1");
            return spec;
        });
        String env = TestEngine.docker("service", "inspect", name, "--format", "{{json .Spec.TaskTemplate.ContainerSpec.Env}}");
        assertEquals("[\"BY_CLI=1\",\"BY_GANTRY=1\"]", env);
    }

    private StackPlan plan(String version, int replicas, Map<String, String> env, List<ServicePlan> extra) {
        ObjectNode web = serviceSpec("web", version, replicas, env, "back");
        ObjectNode ref = web.with("TaskTemplate").with("ContainerSpec").putArray("Secrets").addObject();
        ref.putObject("File").put("Name", "token").put("UID", "0").put("GID", "0").put("Mode", 0444);
        ref.put("SecretName", stack + "_token");
        ObjectNode conf = web.with("TaskTemplate").with("ContainerSpec").putArray("Configs").addObject();
        conf.putObject("File").put("Name", "/etc/app.conf").put("UID", "0").put("GID", "0").put("Mode", 0444);
        conf.put("ConfigName", stack + "_conf");
        List<ServicePlan> services = new ArrayList<>(List.of(new ServicePlan(stack + "_web", web),
                new ServicePlan(stack + "_worker", serviceSpec("worker", "1", 1, Map.of(), "back"))));
        services.addAll(extra);
        Map<String, String> labels = Map.of("com.docker.stack.namespace", stack);
        return new StackPlan(stack, List.of(new NetworkPlan(stack + "_back", labels())), List.of(),
                List.of(new FileObjectPlan(stack + "_token", labels, "s3cret".getBytes(StandardCharsets.UTF_8))),
                List.of(new FileObjectPlan(stack + "_conf", labels, "a=1\n".getBytes(StandardCharsets.UTF_8))),
                services);
    }

    private ObjectNode serviceSpec(String name, String version, int replicas, Map<String, String> env, String network) {
        ObjectNode spec = JSON.createObjectNode();
        spec.put("Name", stack + "_" + name);
        spec.putObject("Labels").put("com.docker.stack.namespace", stack)
                .put("com.docker.stack.image", "gantry-test/busybox:" + version);
        ObjectNode container = spec.putObject("TaskTemplate").putObject("ContainerSpec");
        container.put("Image", "gantry-test/busybox:" + version);
        container.putObject("Labels").put("com.docker.stack.namespace", stack);
        var envArray = container.putArray("Env");
        env.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> envArray.add(e.getKey() + "=" + e.getValue()));
        spec.with("TaskTemplate").putArray("Networks").addObject().put("Target", stack + "_" + network)
                .putArray("Aliases").add(name);
        spec.putObject("Mode").putObject("Replicated").put("Replicas", replicas);
        return spec;
    }

    private ObjectNode labels() {
        ObjectNode create = JSON.createObjectNode();
        create.putObject("Labels").put("com.docker.stack.namespace", stack);
        return create;
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }

    private JsonNode inspect(String service) throws Exception {
        return JSON.readTree(TestEngine.docker("service", "inspect", stack + "_" + service, "--format", "{{json .Spec}}"));
    }

    private static ServiceChange service(StackDiff diff, String name) {
        return diff.services().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }
}
