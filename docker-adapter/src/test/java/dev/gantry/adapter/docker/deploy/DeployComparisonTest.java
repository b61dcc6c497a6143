package dev.gantry.adapter.docker.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.adapter.api.deploy.DeployResult;
import dev.gantry.adapter.api.deploy.StackConversionException;
import dev.gantry.adapter.compose.ComposeLoader;
import dev.gantry.adapter.compose.LoadOptions;
import dev.gantry.adapter.compose.LoadResult;
import dev.gantry.adapter.docker.deploy.convert.Corpus;
import dev.gantry.adapter.docker.deploy.convert.StackConverter;
import dev.gantry.adapter.testing.TestEngine;
import dev.gantry.adapter.testing.TestEngine.CommandResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The acceptance comparison: every corpus stack that can deploy here is deployed once with
 * {@code docker stack deploy} and once with Gantry, and the services' specs from
 * {@code docker service inspect} must be equal field by field, stack names factored out.
 *
 * <p>Each file is rewritten first: every service's {@code image:} becomes gantry-test/busybox:1
 * and {@code build:} is dropped (no registry, no builds here); secret, config and env files the file
 * names get small placeholders; the rewrite goes through SnakeYAML, so
 * anchors and merge keys arrive expanded, identically for both clients. The CLI runs with
 * {@code --resolve-image never} (no registry to ask) and {@code --detach}. The two deploys run one
 * after the other, the first stack removed before the second, so published ports do not collide.
 *
 * <p>{@code -Dgantry.compare.files=a.yaml,b.yaml} restricts the run to some files.
 */
class DeployComparisonTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String IMAGE = "gantry-test/busybox:1";

    @TempDir
    Path work;

    record Outcome(String file, String status, List<String> differences) {
    }

    @Test
    void gantryDeploysEveryCorpusStackLikeTheDockerCli() throws Exception {
        TestEngine.host();
        List<Path> files = corpusFiles();
        List<Outcome> outcomes = new ArrayList<>();
        for (Path file : files) {
            awaitEngine();
            Outcome o = compare(file);
            if (engineWentAway(o)) {
                // the shared engine was restarted by another test meanwhile: once more, when it is back
                awaitEngine();
                o = compare(file);
            }
            outcomes.add(o);
        }
        StringBuilder report = new StringBuilder("| file | result | differences |\n|---|---|---|\n");
        for (Outcome o : outcomes) {
            report.append("| ").append(o.file()).append(" | ").append(o.status()).append(" | ")
                    .append(String.join("<br>", o.differences())).append(" |\n");
        }
        Path out = Path.of("target", "deploy-comparison.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "CLI: " + TestEngine.dockerBinary() + " " + TestEngine.docker("version", "--format",
                "{{.Client.Version}}") + "\n\n" + report);
        System.out.println(report);
        long equal = outcomes.stream().filter(o -> o.status().equals("equal")).count();
        List<Outcome> bad = outcomes.stream().filter(o -> o.status().startsWith("DIFFERENT")
                || o.status().startsWith("GANTRY FAILED")).toList();
        assertEquals(List.of(), bad, report::toString);
        // the full corpus deploys 32 stacks on both clients; a -Dgantry.compare.files subset at least one
        long expected = System.getProperty("gantry.compare.files", "").isBlank() ? 32 : 1;
        assertTrue(equal >= expected, "too few stacks deployed: " + report);
    }

    private static boolean engineWentAway(Outcome o) {
        return o.differences().stream().anyMatch(d -> d.contains("Cannot connect to the Docker daemon")
                || d.contains("Cannot reach the engine") || d.contains("connection to the engine failed"));
    }

    /** Up to three minutes for the shared engine to answer (other tests restart it). */
    private static void awaitEngine() {
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (TestEngine.dockerResult("version", "--format", "{{.Server.Version}}").exitCode() != 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the test engine did not answer for three minutes");
            }
            pause();
        }
    }

    private Outcome compare(Path original) throws IOException {
        String name = original.getFileName().toString();
        Path dir = Files.createDirectories(work.resolve(name.replaceAll("\\W", "_")));
        Path file = dir.resolve("stack.yml");
        Files.writeString(file, rewrite(Files.readString(original)));
        createReferencedFiles(file);
        CommandResult config = TestEngine.run(List.of(TestEngine.dockerBinary(), "-H", TestEngine.host().toString(),
                "stack", "config", "-c", file.toString()), 60);
        if (config.exitCode() != 0) {
            return new Outcome(name, "skipped: the CLI rejects it", List.of(firstLine(config.stderr())));
        }
        String cliStack = TestStacks.uniqueStack("cli");
        String gantryStack = TestStacks.uniqueStack("gty");
        try {
            CommandResult cli = TestEngine.dockerResult("stack", "deploy", "--detach=true", "--resolve-image", "never",
                    "-c", file.toString(), cliStack);
            if (cli.exitCode() != 0) {
                String gantry = gantryRefusal(file, gantryStack);
                return new Outcome(name, "skipped: the CLI cannot deploy it; Gantry "
                        + (gantry == null ? "DEPLOYED it" : "refuses too"),
                        List.of("CLI: " + firstLine(cli.stderr()), "Gantry: " + gantry));
            }
            Map<String, JsonNode> cliSpecs = specs(cliStack);
            TestStacks.removeServices(cliStack);
            DeployResult result = deployWithGantry(file, gantryStack);
            if (!result.succeeded()) {
                return new Outcome(name, "GANTRY FAILED", List.of(result.failure().orElseThrow().sentence()));
            }
            Map<String, JsonNode> gantrySpecs = specs(gantryStack);
            List<String> differences = differences(cliSpecs, gantrySpecs);
            // deploying the same file again must show no changes
            LoadResult again = new ComposeLoader(System.getenv()).load(List.of(file), LoadOptions.DEPLOY);
            var rediff = new StackDeployer(TestStacks.api())
                    .diff(StackConverter.convert(gantryStack, again.project().orElseThrow()), false);
            if (!rediff.isEmpty()) {
                differences.add("a redeploy would change: " + String.join("; ", rediff.lines()));
            }
            return new Outcome(name, differences.isEmpty() ? "equal" : "DIFFERENT",
                    differences.isEmpty() ? List.of(cliSpecs.size() + " services") : differences);
        } catch (StackConversionException e) {
            return new Outcome(name, "GANTRY FAILED", List.of(e.getMessage()));
        } finally {
            TestStacks.remove(cliStack);
            TestStacks.remove(gantryStack);
        }
    }

    private DeployResult deployWithGantry(Path file, String stack) {
        LoadResult loaded = new ComposeLoader(System.getenv()).load(List.of(file), LoadOptions.DEPLOY);
        if (loaded.project().isEmpty()) {
            throw new StackConversionException("the loader refuses it: " + loaded.errors());
        }
        StackDeployer deployer = new StackDeployer(TestStacks.api());
        DeployResult result = null;
        for (int attempt = 0; attempt < 20; attempt++) {
            result = deployer.deploy(StackConverter.convert(stack, loaded.project().get()), false, line -> { });
            // published ports of the CLI's stack are released asynchronously
            if (result.succeeded() || !result.failure().get().message().contains("already in use")) {
                return result;
            }
            pause();
        }
        return result;
    }

    /** Null when Gantry deploys it (then removed), else why it refused. */
    private String gantryRefusal(Path file, String stack) {
        try {
            DeployResult r = deployWithGantry(file, stack);
            return r.succeeded() ? null : r.failure().get().sentence();
        } catch (StackConversionException e) {
            return e.getMessage();
        }
    }

    /** Service specs by service name without the stack prefix, IDs replaced by names, stack name as STACK. */
    private static Map<String, JsonNode> specs(String stack) throws IOException {
        Map<String, String> networkNames = new HashMap<>();
        for (String line : TestEngine.docker("network", "ls", "--no-trunc", "--format", "{{.ID}} {{.Name}}").split("\n")) {
            String[] parts = line.split(" ", 2);
            networkNames.put(parts[0], parts[1]);
        }
        Map<String, JsonNode> out = new TreeMap<>();
        List<String> ids = TestStacks.ids("service", "ls", "-q", "--filter", "label=com.docker.stack.namespace=" + stack);
        if (ids.isEmpty()) {
            return out;
        }
        List<String> args = new ArrayList<>(List.of("service", "inspect"));
        args.addAll(ids);
        for (JsonNode service : JSON.readTree(TestEngine.docker(args.toArray(String[]::new)))) {
            ObjectNode spec = StackDiffer.withNetworkNames((ObjectNode) service.path("Spec"), networkNames);
            for (JsonNode refs : List.of(spec.at("/TaskTemplate/ContainerSpec/Secrets"), spec.at("/TaskTemplate/ContainerSpec/Configs"))) {
                refs.forEach(r -> ((ObjectNode) r).remove(List.of("SecretID", "ConfigID")));
            }
            String text = spec.toString().replace(stack, "STACK");
            JsonNode normal = JSON.readTree(text);
            out.put(normal.path("Name").asText(), normal);
        }
        return out;
    }

    private static List<String> differences(Map<String, JsonNode> cli, Map<String, JsonNode> gantry) {
        List<String> out = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>(cli.keySet());
        names.addAll(gantry.keySet());
        for (String name : names) {
            if (!cli.containsKey(name) || !gantry.containsKey(name)) {
                out.add(name + ": only " + (cli.containsKey(name) ? "the CLI" : "Gantry") + " created it");
                continue;
            }
            diff(name, cli.get(name), gantry.get(name), out);
        }
        return out;
    }

    private static void diff(String path, JsonNode a, JsonNode b, List<String> out) {
        if (a != null && a.equals(b)) {
            return;
        }
        if (a != null && b != null && a.isObject() && b.isObject()) {
            Set<String> keys = new LinkedHashSet<>();
            a.fieldNames().forEachRemaining(keys::add);
            b.fieldNames().forEachRemaining(keys::add);
            for (String k : keys) {
                diff(path + "." + k, a.get(k), b.get(k), out);
            }
            return;
        }
        out.add(path + ": CLI " + a + " vs Gantry " + b);
    }

    /** image: the local test image for every service; build: dropped. */
    @SuppressWarnings("unchecked")
    static String rewrite(String yaml) {
        Object root = new Yaml().load(yaml);
        if (root instanceof Map<?, ?> map && map.get("services") instanceof Map<?, ?> services) {
            for (Object s : services.values()) {
                if (s instanceof Map<?, ?> service) {
                    Map<String, Object> svc = (Map<String, Object>) service;
                    svc.remove("build");
                    svc.put("image", IMAGE);
                }
            }
        }
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        return new Yaml(options).dump(root);
    }

    /**
     * Secret, config and env files the stack names are not in the corpus: create small placeholders
     * (beside the rewritten file, where relative paths point) so both clients can read them.
     */
    @SuppressWarnings("unchecked")
    private static void createReferencedFiles(Path file) throws IOException {
        Object root = new Yaml().load(Files.readString(file));
        if (!(root instanceof Map<?, ?> map)) {
            return;
        }
        List<String> paths = new ArrayList<>();
        for (String section : List.of("secrets", "configs")) {
            if (map.get(section) instanceof Map<?, ?> objects) {
                for (Object o : objects.values()) {
                    if (o instanceof Map<?, ?> obj && obj.get("file") instanceof String f) {
                        paths.add(f);
                    }
                }
            }
        }
        if (map.get("services") instanceof Map<?, ?> services) {
            for (Object s : services.values()) {
                if (s instanceof Map<?, ?> svc) {
                    Object envFile = svc.get("env_file");
                    if (envFile instanceof String f) {
                        paths.add(f);
                    } else if (envFile instanceof List<?> list) {
                        list.stream().filter(String.class::isInstance).map(String.class::cast).forEach(paths::add);
                    }
                }
            }
        }
        for (String p : paths) {
            Path target = file.getParent().resolve(p).normalize();
            if (target.startsWith(file.getParent()) && !Files.exists(target)) {
                Files.createDirectories(target.getParent());
                Files.writeString(target, "PLACEHOLDER=1\n");
            }
        }
    }

    private static List<Path> corpusFiles() throws IOException {
        Path corpus = Corpus.dir();
        String only = System.getProperty("gantry.compare.files", "");
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("awesome-compose", "seeds", "docker-cli")) {
            try (Stream<Path> s = Files.list(corpus.resolve(folder))) {
                s.filter(p -> p.toString().matches(".*\\.ya?ml$")).sorted().forEach(files::add);
            }
        }
        if (!only.isBlank()) {
            Set<String> wanted = Set.of(only.split(","));
            files.removeIf(p -> !wanted.contains(p.getFileName().toString()));
        }
        return files;
    }

    /** The CLI prints warnings first; the error is its last line. */
    private static String firstLine(String s) {
        String[] lines = s.strip().split("\n");
        String line = lines[lines.length - 1];
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
