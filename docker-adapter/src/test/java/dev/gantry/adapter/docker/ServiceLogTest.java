package dev.gantry.adapter.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.Subscription;
import dev.gantry.adapter.api.logs.LogLine;
import dev.gantry.adapter.api.logs.LogRequest;
import dev.gantry.adapter.api.logs.LogStreamKind;
import dev.gantry.adapter.testing.TestEngine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Service and stack logs merged across task containers, against the real engine's swarm. */
class ServiceLogTest {

    private static final String PREFIX = "gt-logs-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String STACK = PREFIX + "-stack";
    private static final String WEB = STACK + "_web";
    private static final String WORKER = STACK + "_worker";
    private static final List<String> SERVICES = new ArrayList<>();
    private static final String TICKER = "i=0; while :; do echo \"$(hostname) tick $i\"; i=$((i+1)); sleep 0.5; done";
    private static DockerEngineSession session;

    @BeforeAll
    static void createServices() {
        session = (DockerEngineSession) new DockerEngineConnector().connect(TestEngine.profile());
        createService(WEB, 3);
        createService(WORKER, 1);
    }

    private static void createService(String name, int replicas) {
        SERVICES.add(name);
        TestEngine.docker("service", "create", "--detach", "--name", name, "--replicas", Integer.toString(replicas),
                "--label", "com.docker.stack.namespace=" + STACK,
                "--container-label", "com.docker.stack.namespace=" + STACK,
                "--stop-grace-period", "1s", "gantry-test/busybox:1", "sh", "-c", TICKER);
    }

    @AfterAll
    static void removeServices() {
        for (String s : SERVICES) {
            TestEngine.dockerResult("service", "rm", s);
        }
        if (session != null) {
            session.close();
        }
    }

    @Test
    void mergedServiceLogHasEveryReplicaWithItsSlotAndTheSuccessorJoins() throws Exception {
        LogCollector got = new LogCollector();
        try (Subscription sub = session.logs().service(WEB, LogRequest.followTail(10), got)) {
            for (int slot = 1; slot <= 3; slot++) {
                String source = WEB + "." + slot;
                got.awaitLine(l -> l.source().equals(source) && l.text().contains(" tick "), Duration.ofSeconds(120),
                        "line of replica " + source);
            }
            assertTrue(got.lines().stream().filter(l -> l.stream() != LogStreamKind.MARKER)
                            .allMatch(l -> l.source().matches(java.util.regex.Pattern.quote(WEB) + "\\.[123]")),
                    "every line carries its slot");
            // each replica's lines come from one container: the hostname printed is the container's
            for (int slot = 1; slot <= 3; slot++) {
                String source = WEB + "." + slot;
                Set<String> hosts = hostsOf(got.lines(), source);
                assertEquals(1, hosts.size(), "one container behind " + source + ": " + hosts);
            }

            String victimHost = hostsOf(got.lines(), WEB + ".2").iterator().next();
            String victim = TestEngine.docker("ps", "-q", "--no-trunc", "--filter", "label=com.docker.swarm.service.name=" + WEB,
                    "--filter", "label=com.docker.swarm.task.name").lines()
                    .filter(id -> id.startsWith(victimHost)).findFirst().orElseThrow();
            TestEngine.docker("kill", victim);

            got.awaitLine(l -> l.source().equals(WEB + ".2") && l.text().contains(" tick ")
                    && !l.text().startsWith(victimHost), Duration.ofSeconds(120), "line of the successor of " + WEB + ".2");
            Set<String> hosts = hostsOf(got.lines(), WEB + ".2");
            assertEquals(2, hosts.size(), "the killed container and its successor: " + hosts);
            assertTrue(got.lines().stream().anyMatch(l -> l.stream() == LogStreamKind.MARKER
                    && l.text().contains(WEB + ".2 started")), "the successor's arrival is marked");
        }
    }

    @Test
    void theReplicasEarlierLinesComeInTimeOrderNotOneBlockPerReplica() throws Exception {
        LogCollector warm = new LogCollector();
        try (Subscription sub = session.logs().service(WEB, LogRequest.followTail(0), warm)) {
            for (int slot = 1; slot <= 3; slot++) {
                String source = WEB + "." + slot;
                warm.awaitLine(l -> l.source().equals(source) && l.text().matches(".* tick ([5-9]|\\d\\d+)"),
                        Duration.ofSeconds(120), "a sixth line of " + source);
            }
        }
        LogCollector got = new LogCollector();
        try (Subscription sub = session.logs().service(WEB, new LogRequest(false, 8, null), got)) {
            assertTrue(got.ended.await(60, java.util.concurrent.TimeUnit.SECONDS), "the tails end");
        }
        List<LogLine> lines = got.lines().stream().filter(l -> l.stream() != LogStreamKind.MARKER).toList();
        assertTrue(lines.size() >= 18, "three replicas' tails: " + lines.size());
        for (int i = 1; i < lines.size(); i++) {
            assertTrue(!lines.get(i).timestamp().isBefore(lines.get(i - 1).timestamp()),
                    "in time order at " + i + ": " + lines.get(i - 1) + " then " + lines.get(i));
        }
        int runs = 1;
        for (int i = 1; i < lines.size(); i++) {
            runs += lines.get(i).source().equals(lines.get(i - 1).source()) ? 0 : 1;
        }
        assertTrue(runs > 3, "the replicas' lines interleave (" + runs + " runs of one source), not one block each");
    }

    @Test
    void stackLogMergesAllItsServices() throws Exception {
        LogCollector got = new LogCollector();
        try (Subscription sub = session.logs().stack(STACK, LogRequest.followTail(5), got)) {
            got.awaitLine(l -> l.source().equals(WORKER + ".1") && l.text().contains(" tick "), Duration.ofSeconds(120),
                    "worker line");
            got.awaitLine(l -> l.source().startsWith(WEB + ".") && l.text().contains(" tick "), Duration.ofSeconds(120),
                    "web line");
        }
        assertNotEquals(0, got.lines().size());
    }

    private static Set<String> hostsOf(List<LogLine> lines, String source) {
        return lines.stream().filter(l -> l.source().equals(source) && l.text().contains(" tick "))
                .map(l -> l.text().substring(0, l.text().indexOf(' '))).collect(Collectors.toSet());
    }
}
