package dev.gantry.adapter.compose;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Runs the reference docker CLI ({@code /usr/local/bin/docker}, 28.x) for comparisons. */
final class ReferenceCli {
    static final Path DOCKER = Path.of("/usr/local/bin/docker");

    record Result(int exitCode, String stdout, String stderr) {
    }

    private ReferenceCli() {
    }

    static void assumePresent() {
        if (!Files.isExecutable(DOCKER)) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError("the reference docker CLI is missing at " + DOCKER);
            }
            Assumptions.abort("the reference docker CLI is missing at " + DOCKER);
        }
    }

    /** {@code docker stack config -c FILE...}, run in the first file's folder. */
    static Result stackConfig(List<Path> files) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(DOCKER.toString(), "stack", "config"));
        for (Path f : files) {
            cmd.add("-c");
            cmd.add(f.getFileName().toString());
        }
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(files.get(0).getParent().toFile());
        String host = System.getenv("GANTRY_TEST_DOCKER_HOST");
        if (host != null) {
            pb.environment().put("DOCKER_HOST", host);
        }
        Path err = Files.createTempFile("gantry-cli", ".err");
        pb.redirectError(err.toFile());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("docker stack config timed out");
        }
        String stderr = Files.readString(err);
        Files.deleteIfExists(err);
        return new Result(p.exitValue(), out, stderr);
    }
}
