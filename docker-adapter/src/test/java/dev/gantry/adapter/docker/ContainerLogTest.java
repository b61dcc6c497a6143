package dev.gantry.adapter.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.Subscription;
import dev.gantry.adapter.api.logs.LogLine;
import dev.gantry.adapter.api.logs.LogRequest;
import dev.gantry.adapter.api.logs.LogStreamKind;
import dev.gantry.adapter.logs.LogBuffer;
import dev.gantry.adapter.testing.TestEngine;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Container log streams against the real engine. */
class ContainerLogTest {

    private final String prefix = "gt-logs-" + UUID.randomUUID().toString().substring(0, 8);
    private final List<String> created = new ArrayList<>();
    private DockerEngineSession session;

    @BeforeEach
    void connect() {
        session = (DockerEngineSession) new DockerEngineConnector().connect(TestEngine.profile());
    }

    @AfterEach
    void cleanUp() {
        for (String c : created) {
            TestEngine.dockerResult("rm", "-f", c);
        }
        if (session != null) {
            session.close();
        }
    }

    private String run(String name, String... args) {
        List<String> cmd = new ArrayList<>(List.of("run", "-d", "--name", name));
        cmd.addAll(List.of(args));
        created.add(name);
        return TestEngine.docker(cmd.toArray(String[]::new));
    }

    @Test
    void modelHoldsTheKnownSequenceInOrderWithStreamsApartAndTimestampsParsed() throws Exception {
        String name = prefix + "-seq";
        Instant before = Instant.now().minusSeconds(5);
        run(name, "gantry-test/busybox:1", "sh", "-c",
                "for i in 1 2 3; do echo out$i; sleep 0.2; echo err$i >&2; sleep 0.2; done");
        TestEngine.docker("wait", name);

        LogCollector got = new LogCollector();
        try (Subscription s = session.logs().container(name, LogRequest.all(), got)) {
            assertTrue(got.ended.await(30, TimeUnit.SECONDS), "a non-following log ends");
        }
        LogBuffer model = new LogBuffer();
        model.append(got.lines());

        List<String> expected = List.of("out1", "err1", "out2", "err2", "out3", "err3");
        assertEquals(expected.size(), model.size(), "exactly the lines printed: " + got.lines());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), model.text(i));
            assertEquals(expected.get(i).startsWith("out") ? LogStreamKind.STDOUT : LogStreamKind.STDERR, model.stream(i));
            assertEquals(name, model.source(i));
            Instant ts = model.timestamp(i);
            assertNotNull(ts, "timestamp of line " + i);
            assertTrue(ts.isAfter(before) && ts.isBefore(Instant.now().plusSeconds(5)), "plausible timestamp " + ts);
            if (i > 0) {
                assertTrue(!ts.isBefore(model.timestamp(i - 1)), "timestamps in order");
            }
        }
    }

    @Test
    void ttyContainerRawChunksAreSplitIntoLines() throws Exception {
        String name = prefix + "-tty";
        run(name, "-t", "gantry-test/busybox:1", "sh", "-c", "printf 'alpha\\nbeta\\n'; printf 'gam'; sleep 0.3; printf 'ma\\n'");
        TestEngine.docker("wait", name);
        LogCollector got = new LogCollector();
        try (Subscription s = session.logs().container(name, LogRequest.all(), got)) {
            assertTrue(got.ended.await(30, TimeUnit.SECONDS));
        }
        List<String> texts = got.lines().stream().map(LogLine::text).toList();
        assertEquals(List.of("alpha", "beta", "gamma"), texts, "raw TTY output split into lines");
        assertTrue(got.lines().stream().allMatch(l -> l.timestamp() != null), "timestamps parsed from raw chunks");
    }

    @Test
    void followsNewLinesAndMarksTheGapWhenTheStreamIsLost() throws Exception {
        String name = prefix + "-follow";
        run(name, "gantry-test/busybox:1", "sh", "-c", "i=0; while :; do echo tick$i; i=$((i+1)); sleep 0.2; done");
        var inspect = session.client().inspectContainerCmd(name).exec();
        LogCollector got = new LogCollector();
        ContainerLogStream stream = new ContainerLogStream(session.client(), session.profile(),
                new StreamScheduler().get(), inspect, name, new LogRequest(true, 0, null), got::onLines, got::onEnd);
        try {
            stream.open();
            got.awaitLine(l -> l.text().startsWith("tick"), Duration.ofSeconds(30), "followed line");
            stream.dropConnection();
            got.awaitLine(l -> l.stream() == LogStreamKind.MARKER && l.text().contains("reconnected"),
                    Duration.ofSeconds(30), "gap marker");
            int markerAt = indexOfMarker(got.lines());
            got.awaitLine(l -> got.lines().indexOf(l) > markerAt && l.text().startsWith("tick"),
                    Duration.ofSeconds(30), "line after reconnecting");
            List<String> ticks = got.lines().stream().filter(l -> l.stream() == LogStreamKind.STDOUT)
                    .map(LogLine::text).toList();
            assertEquals(ticks.size(), ticks.stream().distinct().count(), "no line delivered twice: " + ticks);
        } finally {
            stream.close();
        }
    }

    private static int indexOfMarker(List<LogLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).stream() == LogStreamKind.MARKER) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void closingTheSubscriptionStopsAFollowedStream() throws Exception {
        String name = prefix + "-close";
        run(name, "gantry-test/busybox:1", "sh", "-c", "while :; do echo x; sleep 0.1; done");
        LogCollector got = new LogCollector();
        Subscription s = session.logs().container(name, LogRequest.followTail(0), got);
        got.awaitLine(l -> l.text().equals("x"), Duration.ofSeconds(30), "a line");
        s.close();
        Thread.sleep(500);
        int after = got.lines().size();
        Thread.sleep(1500);
        assertEquals(after, got.lines().size(), "no lines after closing");
    }

    @Test
    void unknownContainerIsReportedAsASentence() throws Exception {
        LogCollector got = new LogCollector();
        try (Subscription s = session.logs().container(prefix + "-missing", LogRequest.all(), got)) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (got.errors().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        }
        assertEquals(1, got.errors().size());
        assertTrue(got.errors().get(0).getMessage().contains(prefix + "-missing")
                || got.errors().get(0).getMessage().toLowerCase().contains("no such container"), got.errors().get(0).getMessage());
    }
}
