package dev.gantry.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.deploy.DeployRecord;
import dev.gantry.adapter.deploy.DeployHistory;
import dev.gantry.adapter.testing.TestEngine;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gantry deploy} against the real test engine: diff, dry run, update, failure with rollback, history. */
class DeployCommandTest {

    @TempDir
    Path dir;

    private String stack;
    private ByteArrayOutputStream out;
    private ByteArrayOutputStream err;

    @BeforeEach
    void setUp() throws Exception {
        TestEngine.host();
        stack = "gt-deploy-cli-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 24), 36);
        Files.writeString(dir.resolve("app.conf"), "a=1\n");
        Files.writeString(dir.resolve("token.txt"), "s3cret\n");
    }

    @AfterEach
    void tearDown() {
        String filter = "label=com.docker.stack.namespace=" + stack;
        for (String kind : List.of("service", "secret", "config")) {
            for (String id : ids(kind, "ls", "-q", "--filter", filter)) {
                TestEngine.dockerResult(kind, "rm", id);
            }
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        List<String> networks;
        while (!(networks = ids("network", "ls", "-q", "--filter", filter)).isEmpty() && System.nanoTime() < deadline) {
            networks.forEach(id -> TestEngine.dockerResult("network", "rm", id));
        }
    }

    @Test
    void printsTheDiffDeploysUpdatesAndRestoresThePreviousStackOnFailure() throws Exception {
        Path file = dir.resolve("stack.yml");
        Files.writeString(file, stackFile("1", 1, ""));
        assertEquals(0, deploy(file), err::toString);
        assertTrue(out.toString().contains("+ service " + stack + "_web"), out::toString);
        assertTrue(out.toString().contains("+ network " + stack + "_back"), out::toString);
        assertTrue(out.toString().contains("create service " + stack + "_web"), out::toString);
        assertEquals("gantry-test/busybox:1", image("web"));
        assertEquals(0, deploy(file, "--dry-run"), err::toString);
        assertTrue(out.toString().startsWith("Stack " + stack + ": no changes."), out::toString);

        Files.writeString(file, stackFile("2", 2, ""));
        assertEquals(0, deploy(file, "--dry-run"), err::toString);
        assertTrue(out.toString().contains("~ service " + stack + "_web"), out::toString);
        assertTrue(out.toString().contains("~ image: \"gantry-test/busybox:1\" -> \"gantry-test/busybox:2\""), out::toString);
        assertTrue(out.toString().contains("~ replicas: 1 -> 2"), out::toString);
        assertEquals("gantry-test/busybox:1", image("web"), "a dry run changes nothing");

        assertEquals(0, deploy(file), err::toString);
        assertEquals("gantry-test/busybox:2", image("web"));
        String webBefore = TestEngine.docker("service", "inspect", stack + "_web", "--format", "{{json .Spec}}");

        // web is updated first (ports added), then zclash wants the same published port: the engine refuses
        int port = 20000 + ThreadLocalRandom.current().nextInt(20000);
        Files.writeString(file, stackFile("1", 1, "    ports: [\"" + port + ":80\"]\n"
                + "  zclash:\n"
                + "    image: gantry-test/busybox:1\n"
                + "    ports: [\"" + port + ":80\"]\n"));
        assertEquals(1, deploy(file));
        assertTrue(err.toString().contains("Deploy failed at \"create service " + stack + "_zclash\""), err::toString);
        assertTrue(err.toString().contains("The previous stack was restored"), err::toString);
        assertTrue(out.toString().contains("update service " + stack + "_web"), out::toString);
        assertEquals(webBefore, TestEngine.docker("service", "inspect", stack + "_web", "--format", "{{json .Spec}}"));
        assertEquals(1, TestEngine.dockerResult("service", "inspect", stack + "_zclash").exitCode());

        List<DeployRecord> history = new DeployHistory(dir.resolve("history")).list(stack);
        assertEquals(3, history.size(), "dry runs are not recorded");
        assertTrue(history.get(0).result().failure().isPresent());
        assertTrue(history.get(1).result().succeeded());
        String firstFile = history.get(2).files().get(file.toAbsolutePath().normalize().toString());
        assertTrue(firstFile.contains("busybox:1"), history.get(2).files().toString());

        // stack-level rollback: redeploy the first version from the history
        assertEquals(0, deploy(null, "--from-history", history.get(2).id()), err::toString);
        assertTrue(out.toString().contains("~ image: \"gantry-test/busybox:2\" -> \"gantry-test/busybox:1\""), out::toString);
        assertEquals("gantry-test/busybox:1", image("web"));
        assertEquals(4, new DeployHistory(dir.resolve("history")).list(stack).size());
    }

    @Test
    void deploysOverMutualTlsAndNamesAMissingCertificateFile() throws Exception {
        Path file = Files.writeString(dir.resolve("tls.yml"), stackFile("1", 1, ""));
        String[] tls = {"deploy", "-c", file.toString(), stack, "--host", TestEngine.tlsUrl().toString(),
                "--tls-dir", TestEngine.tlsDir().toString(), "--history-dir", dir.resolve("history").toString()};
        assertEquals(0, run(tls), err::toString);
        assertEquals("gantry-test/busybox:1", image("web"));

        Path partial = Files.createDirectories(dir.resolve("partial"));
        Files.copy(TestEngine.tlsDir().resolve("ca.pem"), partial.resolve("ca.pem"));
        assertEquals(1, run("deploy", "-c", file.toString(), stack, "--dry-run", "--host", TestEngine.tlsUrl().toString(),
                "--tls-dir", partial.toString()));
        assertTrue(err.toString().contains("cert.pem is missing"), err::toString);
    }

    @Test
    void usageAndFileErrorsHaveTheirExitCodes() throws Exception {
        assertEquals(2, run("deploy", "-c", "x.yml"));
        assertTrue(err.toString().contains("no stack name given"), err::toString);
        assertEquals(2, run("deploy", stack));
        assertEquals(2, run("deploy", "-c", "x.yml", "bad name!"));
        Path bad = Files.writeString(dir.resolve("bad.yml"), "services:\n  web:\n    image: x\n    networks: [nope]\n");
        assertEquals(1, run("deploy", "-c", bad.toString(), stack, "--host", TestEngine.host().toString()));
        assertTrue(err.toString().contains("bad.yml:4:"), err::toString);
    }

    private int deploy(Path file, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("deploy", stack,
                "--host", TestEngine.host().toString(), "--history-dir", dir.resolve("history").toString()));
        if (file != null) {
            args.addAll(List.of("-c", file.toString()));
        }
        args.addAll(List.of(extra));
        return run(args.toArray(String[]::new));
    }

    private int run(String... args) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        return new Cli(Map.of()).run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** {@code extra} goes right after web's keys: more keys of web (4 spaces), then more services (2). */
    private String stackFile(String version, int replicas, String extra) {
        return "version: \"3.8\"\n"
                + "services:\n"
                + "  web:\n"
                + "    image: gantry-test/busybox:" + version + "\n"
                + "    deploy:\n"
                + "      replicas: " + replicas + "\n"
                + "    networks: [back]\n"
                + "    configs:\n"
                + "      - source: conf\n"
                + "        target: /etc/app.conf\n"
                + "    secrets: [token]\n"
                + extra
                + "  worker:\n"
                + "    image: gantry-test/busybox:1\n"
                + "    networks: [back]\n"
                + "networks:\n"
                + "  back: {}\n"
                + "configs:\n"
                + "  conf:\n"
                + "    file: ./app.conf\n"
                + "secrets:\n"
                + "  token:\n"
                + "    file: ./token.txt\n";
    }

    private String image(String service) {
        return TestEngine.docker("service", "inspect", stack + "_" + service, "--format",
                "{{.Spec.TaskTemplate.ContainerSpec.Image}}");
    }

    private static List<String> ids(String... args) {
        TestEngine.CommandResult r = TestEngine.dockerResult(args);
        return r.stdout().isBlank() ? List.of() : List.of(r.stdout().split("\\s+"));
    }
}
