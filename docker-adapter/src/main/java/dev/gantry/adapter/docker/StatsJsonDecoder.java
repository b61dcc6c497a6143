package dev.gantry.adapter.docker;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.gantry.adapter.stats.RawStats;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

/**
 * Reads the engine's stats JSON (/containers/ID/stats) straight into {@link RawStats} with a streaming
 * parser, skipping everything Gantry does not use. Binding docker-java's {@code Statistics} built the
 * whole document as objects first (about 40 per sample, most of them the ~60 memory counters, the
 * throttling data and the unused blkio lists); profiled, that was a third of the sampler's own CPU.
 * Gives the same figures as {@link StatsReadings#from} for the same document.
 */
final class StatsJsonDecoder {

    private static final JsonFactory JSON = new JsonFactory();

    private StatsJsonDecoder() {
    }

    /**
     * Decodes one stats document and closes {@code json} (which, on a pooled connection, reads the
     * response to its end and hands the connection back for the next request).
     */
    static RawStats read(InputStream json, Instant fallbackTime) throws IOException {
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("The engine's stats answer is not a JSON object.");
            }
            Fields f = new Fields();
            String name;
            while ((name = p.nextFieldName()) != null) {
                p.nextToken();
                switch (name) {
                    case "read" -> f.read = p.getValueAsString();
                    case "cpu_stats" -> cpu(p, f, false);
                    case "precpu_stats" -> cpu(p, f, true);
                    case "memory_stats" -> memory(p, f);
                    case "networks" -> networks(p, f);
                    case "blkio_stats" -> blkio(p, f);
                    case "pids_stats" -> pids(p, f);
                    default -> p.skipChildren();
                }
            }
            return new RawStats(StatsReadings.time(f.read, fallbackTime), f.cpuTotal, f.systemCpu, f.onlineCpus,
                    f.perCpuCount, f.preCpuTotal, f.preSystemCpu, f.memoryUsage, f.memoryLimit,
                    f.totalInactiveFile, f.inactiveFile, f.netRx, f.netTx, f.blockRead, f.blockWrite, f.pids);
        }
    }

    /** The figures read so far; absent ones stay 0 (total_inactive_file null), as the binding gave. */
    private static final class Fields {
        String read;
        long cpuTotal;
        long systemCpu;
        long onlineCpus;
        int perCpuCount;
        long preCpuTotal;
        long preSystemCpu;
        long memoryUsage;
        long memoryLimit;
        Long totalInactiveFile;
        long inactiveFile;
        long netRx;
        long netTx;
        long blockRead;
        long blockWrite;
        long pids;
    }

    /** True when the current token opens an object; otherwise (null, a scalar, an array) skips it. */
    private static boolean object(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.START_OBJECT) {
            return true;
        }
        p.skipChildren();
        return false;
    }

    /** What to do with one field's value; the parser is at the value's first token. */
    @FunctionalInterface
    private interface FieldReader {
        void read(String name) throws IOException;
    }

    /** Hands each field of the object at the parser to {@code reader}; skips a value that is not an object. */
    private static void fields(JsonParser p, FieldReader reader) throws IOException {
        if (!object(p)) {
            return;
        }
        String name;
        while ((name = p.nextFieldName()) != null) {
            p.nextToken();
            reader.read(name);
        }
    }

    private static void cpu(JsonParser p, Fields f, boolean pre) throws IOException {
        fields(p, name -> {
            switch (name) {
                case "cpu_usage" -> cpuUsage(p, f, pre);
                case "system_cpu_usage" -> {
                    if (pre) {
                        f.preSystemCpu = p.getValueAsLong();
                    } else {
                        f.systemCpu = p.getValueAsLong();
                    }
                }
                case "online_cpus" -> {
                    if (!pre) {
                        f.onlineCpus = p.getValueAsLong();
                    }
                }
                default -> p.skipChildren();
            }
        });
    }

    private static void cpuUsage(JsonParser p, Fields f, boolean pre) throws IOException {
        fields(p, name -> {
            if (name.equals("total_usage")) {
                if (pre) {
                    f.preCpuTotal = p.getValueAsLong();
                } else {
                    f.cpuTotal = p.getValueAsLong();
                }
            } else if (name.equals("percpu_usage") && !pre && p.currentToken() == JsonToken.START_ARRAY) {
                int n = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    p.skipChildren();
                    n++;
                }
                f.perCpuCount = n;
            } else {
                p.skipChildren();
            }
        });
    }

    private static void memory(JsonParser p, Fields f) throws IOException {
        fields(p, name -> {
            switch (name) {
                case "usage" -> f.memoryUsage = p.getValueAsLong();
                case "limit" -> f.memoryLimit = p.getValueAsLong();
                case "stats" -> memoryCounters(p, f);
                default -> p.skipChildren();
            }
        });
    }

    /** cgroup v1 total_inactive_file (null when absent) and v2 inactive_file, among ~30-60 counters. */
    private static void memoryCounters(JsonParser p, Fields f) throws IOException {
        fields(p, name -> {
            if (name.equals("total_inactive_file")) {
                f.totalInactiveFile = p.currentToken() == JsonToken.VALUE_NULL ? null : p.getValueAsLong();
            } else if (name.equals("inactive_file")) {
                f.inactiveFile = p.getValueAsLong();
            } else {
                p.skipChildren();
            }
        });
    }

    /** Summed over every interface. */
    private static void networks(JsonParser p, Fields f) throws IOException {
        fields(p, iface -> fields(p, name -> {
            if (name.equals("rx_bytes")) {
                f.netRx += p.getValueAsLong();
            } else if (name.equals("tx_bytes")) {
                f.netTx += p.getValueAsLong();
            } else {
                p.skipChildren();
            }
        }));
    }

    /** io_service_bytes_recursive: Read and Write (cgroup v1) or read and write (v2) summed over devices. */
    private static void blkio(JsonParser p, Fields f) throws IOException {
        fields(p, name -> {
            if (name.equals("io_service_bytes_recursive") && p.currentToken() == JsonToken.START_ARRAY) {
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    blkioEntry(p, f);
                }
            } else {
                p.skipChildren();
            }
        });
    }

    private static void blkioEntry(JsonParser p, Fields f) throws IOException {
        if (!object(p)) {
            return;
        }
        String op = null;
        long value = 0;
        String name;
        while ((name = p.nextFieldName()) != null) {
            p.nextToken();
            if (name.equals("op")) {
                op = p.getValueAsString();
            } else if (name.equals("value")) {
                value = p.getValueAsLong();
            } else {
                p.skipChildren();
            }
        }
        if ("read".equalsIgnoreCase(op)) {
            f.blockRead += value;
        } else if ("write".equalsIgnoreCase(op)) {
            f.blockWrite += value;
        }
    }

    private static void pids(JsonParser p, Fields f) throws IOException {
        fields(p, name -> {
            if (name.equals("current")) {
                f.pids = p.getValueAsLong();
            } else {
                p.skipChildren();
            }
        });
    }
}
