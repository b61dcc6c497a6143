package dev.gantry.adapter.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.model.Statistics;
import dev.gantry.adapter.api.stats.ContainerStats;
import dev.gantry.adapter.stats.RawStats;
import dev.gantry.adapter.stats.StatsCalculator;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The streaming decoder against the path it replaced (docker-java's {@link Statistics} binding, then
 * {@link StatsReadings#from}) on the same documents. oneshot-1, oneshot-2 and stream-false are the test
 * engine's own answers (dockerd 20.10, cgroup v1, 2 CPUs; a busybox container that wrote 8 MB and ran a
 * busy loop between the two one-shot reads), from GET /containers/ID/stats?stream=false[&amp;one-shot=true].
 * That engine reports no block I/O, so edited-blkio-cgroup1 (oneshot-2 with block I/O entries of two
 * devices, a second interface and no online_cpus) and edited-cgroup2 (oneshot-2 reshaped the way a cgroup
 * v2 engine writes it: no per-CPU list, v2 memory counters, lower-case ops) are edited by hand.
 */
class StatsJsonDecoderTest {

    private static final Instant FALLBACK = Instant.parse("2030-01-01T00:00:00Z");
    private static final ObjectMapper BINDING = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final List<String> FIXTURES =
            List.of("oneshot-1", "oneshot-2", "stream-false", "edited-blkio-cgroup1", "edited-cgroup2");

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = StatsJsonDecoderTest.class.getResourceAsStream("stats/" + name + ".json")) {
            if (in == null) {
                throw new IllegalStateException("missing test resource stats/" + name + ".json");
            }
            return in.readAllBytes();
        }
    }

    private static RawStats decoded(String name) throws IOException {
        return StatsJsonDecoder.read(new ByteArrayInputStream(fixture(name)), FALLBACK);
    }

    private static RawStats bound(byte[] json) throws IOException {
        return StatsReadings.from(BINDING.readValue(json, Statistics.class), FALLBACK);
    }

    private static RawStats bound(String name) throws IOException {
        return bound(fixture(name));
    }

    private static RawStats decoded(byte[] json) throws IOException {
        return StatsJsonDecoder.read(new ByteArrayInputStream(json), FALLBACK);
    }

    @Test
    void everyCounterEqualsWhatTheStatisticsBindingGave() throws IOException {
        for (String name : FIXTURES) {
            assertEquals(bound(name), decoded(name), name);
        }
    }

    @Test
    void computedFiguresEqualTheOldPathsForEveryPairOfSamples() throws IOException {
        for (String previous : FIXTURES) {
            for (String now : FIXTURES) {
                ContainerStats before = StatsCalculator.compute("c", "n", bound(now), bound(previous));
                ContainerStats after = StatsCalculator.compute("c", "n", decoded(now), decoded(previous));
                assertEquals(before, after, previous + " -> " + now);
            }
            assertEquals(StatsCalculator.compute("c", "n", bound(previous), null),
                    StatsCalculator.compute("c", "n", decoded(previous), null), previous + " alone");
        }
    }

    @Test
    void twoOneShotReadsOfTheEngineGiveTheCliFigures() throws IOException {
        RawStats first = decoded("oneshot-1");
        RawStats second = decoded("oneshot-2");
        assertEquals(0, second.preSystemCpu(), "one-shot: no precpu, CPU % comes from our previous read");
        ContainerStats s = StatsCalculator.compute("c", "n", second, first);
        // the numbers in the two documents, worked by hand as the docker CLI does
        double seconds = 6.147172899;
        assertEquals(Instant.parse("2026-12-06T07:55:27.915599492Z"), s.time());
        assertEquals((1192963640.0 - 529172014.0) / (20596670000000.0 - 20584400000000.0) * 2 * 100, s.cpuPercent(), 1e-9);
        assertEquals(10.82, s.cpuPercent(), 0.01);
        assertEquals(8937472 - 8388608, s.memoryUsed(), "usage less total_inactive_file");
        assertEquals(25324953600L, s.memoryLimit());
        assertEquals((8937472 - 8388608) / 25324953600.0 * 100, s.memoryPercent(), 1e-12);
        assertEquals(586, s.netRxTotal());
        assertEquals(0, s.netTxTotal());
        assertEquals((586 - 516) / seconds, s.netRxPerSec(), 1e-9);
        assertEquals(0, s.blockReadTotal());
        assertEquals(1, s.pids());
    }

    @Test
    void blockIoAndNetworksAreSummedOverDevicesAndInterfaces() throws IOException {
        RawStats v1 = decoded("edited-blkio-cgroup1");
        assertEquals(4096000 + 1000, v1.blockRead(), "Read of both devices; Sync, Async, Total not counted");
        assertEquals(8388608 + 2000, v1.blockWrite());
        assertEquals(586 + 123456, v1.netRx());
        assertEquals(654321, v1.netTx());
        assertEquals(0, v1.onlineCpus());
        assertEquals(2, v1.perCpuCount(), "without online_cpus the CPU count comes from the per-CPU list");
        ContainerStats s = StatsCalculator.compute("c", "n", v1, decoded("oneshot-1"));
        assertEquals(4097000 / 6.147172899, s.blockReadPerSec(), 1e-6);
        assertEquals(10.82, s.cpuPercent(), 0.01);

        RawStats v2 = decoded("edited-cgroup2");
        assertNull(v2.totalInactiveFile());
        assertEquals(8380416, v2.inactiveFile());
        assertEquals(557056, StatsCalculator.compute("c", "n", v2, null).memoryUsed(), "usage less v2 inactive_file");
        assertEquals(4096000, v2.blockRead(), "lower-case ops");
        assertEquals(8388608, v2.blockWrite());
        assertEquals(0, v2.perCpuCount());
        assertEquals(3, v2.pids());
    }

    @Test
    void streamFalseCarriesTheEnginesPreviousRead() throws IOException {
        RawStats s = decoded("stream-false");
        assertTrue(s.hasPreCpu());
        assertEquals(1192963640L, s.preCpuTotal());
        assertEquals(20601410000000L, s.preSystemCpu());
    }

    @Test
    void nullOrMissingSectionsReadAsZeroLikeTheBinding() throws IOException {
        String json = "{\"read\":\"0001-01-01T00:00:00Z\",\"networks\":null,\"cpu_stats\":{\"cpu_usage\":null},"
                + "\"memory_stats\":{\"stats\":{\"total_inactive_file\":null}},"
                + "\"blkio_stats\":{\"io_service_bytes_recursive\":null},\"pids_stats\":{},\"extra\":[1,{\"a\":[2]}]}";
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        RawStats s = decoded(bytes);
        assertEquals(bound(bytes), s);
        assertEquals(FALLBACK, s.read(), "the engine's zero time");
        assertEquals(0, s.cpuTotal());
        assertNull(s.totalInactiveFile());
    }

    @Test
    void closesTheBodySoThePooledConnectionIsHandedBack() throws IOException {
        boolean[] closed = {false};
        InputStream body = new FilterInputStream(new ByteArrayInputStream(fixture("oneshot-2"))) {
            @Override
            public void close() throws IOException {
                closed[0] = true;
                super.close();
            }
        };
        StatsJsonDecoder.read(body, FALLBACK);
        assertTrue(closed[0]);
    }

    @Test
    void aBrokenAnswerIsAnIoError() {
        assertThrows(IOException.class, () -> decoded("{\"read\":\"2026-".getBytes(StandardCharsets.UTF_8)));
        assertThrows(IOException.class, () -> decoded("[]".getBytes(StandardCharsets.UTF_8)));
        assertThrows(IOException.class, () -> decoded(new byte[0]));
    }

    @Test
    void theEnginesUtcTimesReadLikeInstantParse() {
        for (String t : List.of("2026-12-06T07:55:21.768426593Z", "2026-12-06T07:55:21.7684265Z",
                "2026-12-06T07:55:21.1Z", "2026-12-06T07:55:21Z", "2024-02-29T23:59:59.000000001Z",
                "1970-01-01T00:00:00Z", "1969-12-31T23:59:59.5Z")) {
            assertEquals(Instant.parse(t), StatsReadings.utc(t), t);
            assertEquals(Instant.parse(t), StatsReadings.time(t, FALLBACK), t);
        }
        for (String other : List.of("2026-12-06T08:55:21.5+01:00", "2026-12-06T07:55:21.Z",
                "2026-12-06T07:55:21.1234567890Z", "2026-02-30T07:55:21Z", "2026-13-06T07:55:21Z",
                "2026-12-06T24:00:00Z", "2026-12-06 07:55:21Z", "2026-12-06T07:5x:21Z")) {
            assertNull(StatsReadings.utc(other), other);
        }
        assertEquals(Instant.parse("2026-12-06T07:55:21.5Z"), StatsReadings.time("2026-12-06T08:55:21.5+01:00", FALLBACK),
                "other forms still go through java.time");
        assertEquals(FALLBACK, StatsReadings.time("not a time", FALLBACK));
        assertEquals(FALLBACK, StatsReadings.time(null, FALLBACK));
    }
}
