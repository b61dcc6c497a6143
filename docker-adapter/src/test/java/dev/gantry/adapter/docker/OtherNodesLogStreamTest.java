package dev.gantry.adapter.docker;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.logs.LogLine;
import dev.gantry.adapter.api.logs.LogRequest;
import dev.gantry.adapter.api.logs.LogStreamKind;
import dev.gantry.adapter.testing.TestEngine;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The service log endpoint path used for tasks on other nodes. The test engine is a one-node swarm,
 * so the stream is told that this node is "elsewhere": every task then counts as remote.
 */
class OtherNodesLogStreamTest {

    private static final String SERVICE = "gt-othernodes-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String TICKER = "i=0; while :; do echo \"$(hostname) tick $i\"; echo \"$(hostname) err $i\" >&2;"
            + " i=$((i+1)); sleep 0.5; done";
    private static DockerEngineSession session;

    @BeforeAll
    static void createService() {
        session = (DockerEngineSession) new DockerEngineConnector().connect(TestEngine.profile());
        TestEngine.docker("service", "create", "--detach", "--name", SERVICE, "--replicas", "2",
                "--stop-grace-period", "1s", "gantry-test/busybox:1", "sh", "-c", TICKER);
    }

    @AfterAll
    static void removeService() {
        TestEngine.dockerResult("service", "rm", SERVICE);
        if (session != null) {
            session.close();
        }
    }

    @Test
    void tasksOnOtherNodesArriveWithTheirSlotStreamAndSuccessor() throws Exception {
        LogCollector got = new LogCollector();
        OtherNodesLogStream stream = new OtherNodesLogStream(session.client(), TestEngine.profile(), "elsewhere",
                LogRequest.followTail(5), got::onLines);
        try {
            stream.open(List.of(SERVICE));
            for (int slot = 1; slot <= 2; slot++) {
                String source = SERVICE + "." + slot;
                got.awaitLine(l -> l.source().equals(source) && l.stream() == LogStreamKind.STDOUT
                        && l.text().contains(" tick "), Duration.ofSeconds(120), "stdout of " + source);
                got.awaitLine(l -> l.source().equals(source) && l.stream() == LogStreamKind.STDERR
                        && l.text().contains(" err "), Duration.ofSeconds(60), "stderr of " + source);
            }
            assertTrue(got.lines().stream().allMatch(l -> l.timestamp() != null), "timestamps parsed");
            assertTrue(got.lines().stream().noneMatch(l -> l.text().contains("com.docker.swarm")),
                    "details are not shown as text");

            String victimHost = hostsOf(got.lines(), SERVICE + ".1").iterator().next();
            String victim = TestEngine.docker("ps", "-q", "--no-trunc", "--filter", "label=com.docker.swarm.service.name=" + SERVICE)
                    .lines().filter(id -> id.startsWith(victimHost)).findFirst().orElseThrow();
            TestEngine.docker("kill", victim);
            got.awaitLine(l -> l.source().equals(SERVICE + ".1") && l.text().contains(" tick ")
                    && !l.text().startsWith(victimHost), Duration.ofSeconds(120), "a line of slot 1's successor");
        } finally {
            stream.close();
        }
    }

    @Test
    void linesOfThisNodesTasksAreLeftToTheContainerStreams() throws Exception {
        String thisNode = TestEngine.docker("info", "--format", "{{.Swarm.NodeID}}");
        LogCollector got = new LogCollector();
        OtherNodesLogStream stream = new OtherNodesLogStream(session.client(), TestEngine.profile(), thisNode,
                LogRequest.followTail(5), got::onLines);
        LogCollector control = new LogCollector();
        OtherNodesLogStream elsewhere = new OtherNodesLogStream(session.client(), TestEngine.profile(), "elsewhere",
                LogRequest.followTail(5), control::onLines);
        try {
            stream.open(List.of(SERVICE));
            elsewhere.open(List.of(SERVICE));
            control.awaitLine(l -> l.text().contains(" tick "), Duration.ofSeconds(120), "the same service's lines");
            assertEquals(List.of(), got.lines().stream().filter(l -> l.stream() != LogStreamKind.MARKER).toList());
        } finally {
            stream.close();
            elsewhere.close();
        }
    }

    @Test
    void aOneNodeSwarmNeedsNoOtherNodesStream() {
        assertNull(OtherNodesLogStream.localNodeIfMultiNodeManager(session.client()));
    }

    @Test
    void parsesTheDetailsOfAServiceLogFrame() {
        byte[] payload = ("2026-11-25T08:31:15.187396200Z com.docker.swarm.node.id=n1,com.docker.swarm.service.id=s1,"
                + "com.docker.swarm.task.id=t1 hello world\n").getBytes(StandardCharsets.UTF_8);
        OtherNodesLogStream.ServiceLogFrame f = OtherNodesLogStream.ServiceLogFrame.parse(payload);
        assertEquals("n1", f.nodeId());
        assertEquals("t1", f.taskId());
        assertArrayEquals("2026-11-25T08:31:15.187396200Z hello world\n".getBytes(StandardCharsets.UTF_8), f.withoutDetails());
    }

    private static Set<String> hostsOf(List<LogLine> lines, String source) {
        return lines.stream().filter(l -> l.source().equals(source) && l.text().contains(" tick "))
                .map(l -> l.text().substring(0, l.text().indexOf(' '))).collect(Collectors.toSet());
    }
}
