package dev.gantry.adapter.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gantry.adapter.api.EndpointProfile;
import dev.gantry.adapter.api.TlsMaterial;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The disposable engine the tests use: scripts/test-engine.sh's private dockerd, or a host the user
 * names in GANTRY_TEST_DOCKER_HOST as disposable. Never the user's own daemon by default.
 *
 * <p>Missing engine: under CI=true the test fails; elsewhere it is skipped with the reason.
 */
public final class TestEngine {

    private TestEngine() {
    }

    public static boolean underCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** The unix socket (or other) URI of the test engine. */
    public static URI host() {
        return URI.create(require("GANTRY_TEST_DOCKER_HOST"));
    }

    public static EndpointProfile profile() {
        return new EndpointProfile("test-engine", host(), null, false, EndpointProfile.Source.USER);
    }

    /** The same engine's mutual-TLS listener, tcp://127.0.0.1:PORT. */
    public static URI tlsUrl() {
        return URI.create(require("GANTRY_TEST_TLS_URL"));
    }

    /** ca.pem, cert.pem, key.pem that the TLS listener accepts. */
    public static Path tlsDir() {
        return Path.of(require("GANTRY_TEST_TLS_DIR"));
    }

    /** ca.pem, cert.pem, key.pem of another CA: neither side trusts them. */
    public static Path rogueTlsDir() {
        return Path.of(require("GANTRY_TEST_TLS_ROGUE_DIR"));
    }

    public static EndpointProfile tlsProfile() {
        return new EndpointProfile("test-engine-tls", tlsUrl(), TlsMaterial.fromDirectory(tlsDir(), true), false,
                EndpointProfile.Source.USER);
    }

    /**
     * Runs the docker CLI against the test engine (the reference client) and returns stdout.
     * Fails the test on a non-zero exit.
     */
    public static String docker(String... args) {
        CommandResult r = dockerResult(args);
        if (r.exitCode() != 0) {
            fail("docker " + String.join(" ", args) + " exited " + r.exitCode() + ": " + r.stderr());
        }
        return r.stdout();
    }

    public static CommandResult dockerResult(String... args) {
        List<String> cmd = new ArrayList<>(List.of(dockerBinary(), "-H", host().toString()));
        cmd.addAll(List.of(args));
        return run(cmd, 120);
    }

    /**
     * Starts one gantry-test/busybox:1 container per name, four at a time. Each name goes into
     * {@code made} before its run, so that {@link #removeContainers} also removes what a failed run left.
     */
    public static void runBusyboxes(List<String> names, Collection<String> made) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (String name : names) {
                runs.add(pool.submit(() -> {
                    made.add(name);
                    docker("run", "-d", "--name", name, "gantry-test/busybox:1");
                }));
            }
            for (Future<?> f : runs) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    /** {@code docker rm -f} of every name given (none: nothing to do). */
    public static void removeContainers(Collection<String> names) {
        if (names.isEmpty()) {
            return;
        }
        List<String> rm = new ArrayList<>(List.of("rm", "-f"));
        rm.addAll(names);
        dockerResult(rm.toArray(String[]::new));
    }

    /** Stops and starts the test engine (scripts/test-engine.sh restart), keeping its data. */
    public static void restart() {
        CommandResult r = run(List.of(require("GANTRY_TEST_ENGINE_SCRIPT"), "restart"), 120);
        if (r.exitCode() != 0) {
            fail("test engine restart failed: " + r.stderr());
        }
    }

    public static void stop() {
        run(List.of(require("GANTRY_TEST_ENGINE_SCRIPT"), "stop"), 120);
    }

    public static void start() {
        CommandResult r = run(List.of(require("GANTRY_TEST_ENGINE_SCRIPT"), "start"), 180);
        if (r.exitCode() != 0) {
            fail("test engine start failed: " + r.stderr());
        }
    }

    public static String dockerBinary() {
        String explicit = System.getenv("GANTRY_TEST_DOCKER_CLI");
        if (explicit != null && !explicit.isBlank()) {
            return explicit;
        }
        return Path.of("/usr/local/bin/docker").toFile().canExecute() ? "/usr/local/bin/docker" : "docker";
    }

    public record CommandResult(int exitCode, String stdout, String stderr) {
    }

    public static CommandResult run(List<String> cmd, int timeoutSeconds) {
        try {
            Path errFile = java.nio.file.Files.createTempFile("gantry-cmd", ".err");
            try {
                Process p = new ProcessBuilder(cmd)
                        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                        .redirectError(errFile.toFile())
                        .start();
                var out = p.getInputStream().readAllBytes();
                if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    fail(String.join(" ", cmd) + " timed out");
                }
                return new CommandResult(p.exitValue(), new String(out, StandardCharsets.UTF_8).strip(),
                        java.nio.file.Files.readString(errFile).strip());
            } finally {
                java.nio.file.Files.deleteIfExists(errFile);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + cmd, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String require(String variable) {
        String value = System.getenv(variable);
        boolean present = value != null && !value.isBlank();
        String why = variable + " is not set: run the tests through scripts/test.sh, which starts the private test engine";
        if (!present && underCi()) {
            fail("CI=true and no test engine: " + why);
        }
        assumeTrue(present, why);
        return value;
    }
}
