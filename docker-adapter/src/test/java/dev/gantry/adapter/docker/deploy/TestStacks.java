package dev.gantry.adapter.docker.deploy;

import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import dev.gantry.adapter.testing.TestEngine;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Engine access and clean-up for deploy tests; everything is named gt-deploy-... */
final class TestStacks {

    private TestStacks() {
    }

    static EngineApi api() {
        return new EngineApi(new ApacheDockerHttpClient.Builder().dockerHost(TestEngine.host())
                .connectionTimeout(Duration.ofSeconds(5)).responseTimeout(Duration.ofSeconds(60)).build());
    }

    static String uniqueStack(String what) {
        return "gt-deploy-" + what + "-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 24), 36);
    }

    /** Removes everything labelled with the stack, services first; waits for networks to be released. */
    static void remove(String stack) {
        String filter = "label=com.docker.stack.namespace=" + stack;
        for (String id : ids("service", "ls", "-q", "--filter", filter)) {
            TestEngine.dockerResult("service", "rm", id);
        }
        for (String kind : List.of("secret", "config")) {
            for (String id : ids(kind, "ls", "-q", "--filter", filter)) {
                TestEngine.dockerResult(kind, "rm", id);
            }
        }
        // networks and the tasks' named volumes are released once the tasks are gone
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        for (String kind : List.of("network", "volume")) {
            List<String> left = ids(kind, "ls", "-q", "--filter", filter);
            while (!left.isEmpty() && System.nanoTime() < deadline) {
                for (String id : left) {
                    TestEngine.dockerResult(kind, "rm", id);
                }
                left = ids(kind, "ls", "-q", "--filter", filter);
                if (!left.isEmpty()) {
                    sleep();
                }
            }
        }
    }

    /** Removes the stack's services only (frees published ports quickly). */
    static void removeServices(String stack) {
        for (String id : ids("service", "ls", "-q", "--filter", "label=com.docker.stack.namespace=" + stack)) {
            TestEngine.dockerResult("service", "rm", id);
        }
    }

    static List<String> ids(String... args) {
        TestEngine.CommandResult r = TestEngine.dockerResult(args);
        return r.stdout().isBlank() ? List.of() : List.of(r.stdout().split("\\s+"));
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
