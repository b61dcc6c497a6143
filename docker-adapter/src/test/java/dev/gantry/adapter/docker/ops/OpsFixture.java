package dev.gantry.adapter.docker.ops;

import dev.gantry.adapter.api.EngineSession;
import dev.gantry.adapter.api.ops.Operations;
import dev.gantry.adapter.docker.DockerEngineConnector;
import dev.gantry.adapter.testing.TestEngine.CommandResult;
import dev.gantry.adapter.testing.TestEngine;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * A session on the test engine plus what a test created, removed in reverse order at the end.
 * Everything is named gt-ops-RANDOM-... so other helpers' resources are never touched.
 */
final class OpsFixture implements AutoCloseable {

    final String prefix = "gt-ops-" + UUID.randomUUID().toString().substring(0, 8);
    final EngineSession session;
    private final Deque<String[]> cleanup = new ArrayDeque<>();

    OpsFixture() {
        session = new DockerEngineConnector().connect(TestEngine.profile());
    }

    Operations ops() {
        return session.operations();
    }

    String name(String suffix) {
        return prefix + "-" + suffix;
    }

    /** Runs the docker CLI and registers the cleanup command (run even when the test fails). */
    String create(String[] removeCommand, String... args) {
        cleanup.push(removeCommand);
        return TestEngine.docker(args);
    }

    void onClose(String... removeCommand) {
        cleanup.push(removeCommand);
    }

    static void await(String what, Duration timeout, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /**
     * The engine can refuse a removal for a moment (a service still in its update or rollback:
     * "update out of sequence"); such a refusal left a service running on the test engine.
     */
    private static void removeWithRetries(String[] command) {
        for (int attempt = 1; attempt <= 5; attempt++) {
            CommandResult r = TestEngine.dockerResult(command);
            if (r.exitCode() == 0 || r.stderr().contains("not found") || r.stderr().contains("No such")) {
                return;
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void close() {
        while (!cleanup.isEmpty()) {
            removeWithRetries(cleanup.pop());
        }
        session.close();
    }
}
