package dev.gantry.adapter.docker;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.model.Statistics;
import dev.gantry.adapter.stats.RawStats;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * CPU and allocation per decoded stats answer, in this JVM, no engine: docker-java's {@link Statistics}
 * binding (what one-shot sampling did before), the streaming {@link StatsJsonDecoder}, and the read time
 * through {@link Instant#parse} vs {@link StatsReadings#utc}. Fed with the engine's own answer (test
 * resource stats/oneshot-2.json). Blocks of each alternate; medians over the blocks after the first.
 *
 * <p>Usage: StatsDecodeBench [blocks=7] [per_block=20000]
 */
public final class StatsDecodeBench {

    private static final ObjectMapper BINDING = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static volatile Object sink;

    public static void main(String[] args) throws Exception {
        int blocks = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        int perBlock = args.length > 1 ? Integer.parseInt(args[1]) : 20000;
        byte[] json;
        try (InputStream in = StatsDecodeBench.class.getResourceAsStream("stats/oneshot-2.json")) {
            json = in.readAllBytes();
        }
        Instant now = Instant.now();
        String read = "2026-12-06T07:55:27.915599492Z";
        Map<String, Callable<Object>> cases = new LinkedHashMap<>();
        cases.put("binding_Statistics", () -> StatsReadings.from(BINDING.readValue(new ByteArrayInputStream(json), Statistics.class), now));
        cases.put("streaming_decoder", () -> StatsJsonDecoder.read(new ByteArrayInputStream(json), now));
        cases.put("time_Instant_parse", () -> Instant.parse(read));
        cases.put("time_utc", () -> StatsReadings.utc(read));
        if (!StatsJsonDecoder.read(new ByteArrayInputStream(json), now)
                .equals(StatsReadings.from(BINDING.readValue(json, Statistics.class), now))) {
            throw new IllegalStateException("the two decoders disagree");
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        Map<String, List<Double>> nanos = new LinkedHashMap<>();
        Map<String, List<Double>> bytes = new LinkedHashMap<>();
        for (int b = 0; b < blocks; b++) {
            for (Map.Entry<String, Callable<Object>> c : cases.entrySet()) {
                long cpu0 = threads.getCurrentThreadCpuTime();
                long alloc0 = threads.getThreadAllocatedBytes(tid);
                for (int i = 0; i < perBlock; i++) {
                    sink = c.getValue().call();
                }
                double ns = (threads.getCurrentThreadCpuTime() - cpu0) / (double) perBlock;
                double by = (threads.getThreadAllocatedBytes(tid) - alloc0) / (double) perBlock;
                if (b > 0) { // the first block is the JIT's
                    nanos.computeIfAbsent(c.getKey(), k -> new ArrayList<>()).add(ns);
                    bytes.computeIfAbsent(c.getKey(), k -> new ArrayList<>()).add(by);
                }
            }
        }
        System.out.println("# " + json.length + " bytes of JSON, " + blocks + " blocks of " + perBlock
                + ", load " + BenchSupport.loadAverage() + ", " + System.getProperty("java.vm.version")
                + " " + ManagementFactory.getRuntimeMXBean().getInputArguments());
        for (String k : cases.keySet()) {
            BenchSupport.result(k + "_us_cpu", BenchSupport.median(nanos.get(k)) / 1000, "us per call");
            BenchSupport.result(k + "_bytes", BenchSupport.median(bytes.get(k)), "bytes allocated per call");
        }
        if (sink instanceof RawStats r && r.pids() < 0) {
            System.out.println(r); // keeps the results alive
        }
    }
}
