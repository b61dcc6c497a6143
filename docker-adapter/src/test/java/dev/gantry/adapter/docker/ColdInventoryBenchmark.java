package dev.gantry.adapter.docker;

import dev.gantry.adapter.api.EngineSession;
import dev.gantry.adapter.api.InventorySnapshot;
import dev.gantry.adapter.testing.TestEngine;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * The first connect and the first inventory read of a fresh JVM, as at start-up: wall time and the
 * process's CPU time (all threads, JIT and GC included) of each. A benchmark, not a test: run it in a new
 * JVM per sample, e.g. {@code for i in $(seq 7); do java -cp ... dev.gantry.adapter.docker.ColdInventoryBenchmark; done}.
 */
public final class ColdInventoryBenchmark {

    private ColdInventoryBenchmark() {
    }

    public static void main(String[] args) {
        // the application sets logging up before it connects (early-start thread): not counted here either
        org.slf4j.LoggerFactory.getLogger(ColdInventoryBenchmark.class);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        try (EngineSession session = new DockerEngineConnector().connect(TestEngine.profile())) {
            long t1 = System.nanoTime();
            long cpu1 = os.getProcessCpuTime();
            InventorySnapshot snap = session.inventory();
            long t2 = System.nanoTime();
            long cpu2 = os.getProcessCpuTime();
            System.out.printf(Locale.ROOT, "connect wall %d ms cpu %d ms | inventory wall %d ms cpu %d ms | %d containers,"
                            + " %d services, %d tasks%n", (t1 - t0) / 1_000_000, (cpu1 - cpu0) / 1_000_000,
                    (t2 - t1) / 1_000_000, (cpu2 - cpu1) / 1_000_000, snap.containers().size(), snap.services().size(),
                    snap.tasks().size());
        }
    }
}
