package dev.gantry.adapter.docker;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.model.BlkioStatEntry;
import com.github.dockerjava.api.model.CpuStatsConfig;
import com.github.dockerjava.api.model.MemoryStatsConfig;
import com.github.dockerjava.api.model.StatisticNetworksConfig;
import com.github.dockerjava.api.model.Statistics;
import dev.gantry.adapter.stats.RawStats;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads docker-java {@link Statistics} (or the raw stats JSON) into {@link RawStats}. */
final class StatsReadings {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private StatsReadings() {
    }

    static Statistics parse(InputStream json) throws IOException {
        return JSON.readValue(json, Statistics.class);
    }

    static RawStats from(Statistics s, Instant fallbackTime) {
        CpuStatsConfig cpu = s.getCpuStats();
        CpuStatsConfig pre = s.getPreCpuStats();
        MemoryStatsConfig mem = s.getMemoryStats();
        long rx = 0;
        long tx = 0;
        Map<String, StatisticNetworksConfig> nets = s.getNetworks();
        if (nets != null) {
            for (StatisticNetworksConfig n : nets.values()) {
                rx += n(n.getRxBytes());
                tx += n(n.getTxBytes());
            }
        }
        long read = 0;
        long write = 0;
        List<BlkioStatEntry> bio = s.getBlkioStats() == null ? null : s.getBlkioStats().getIoServiceBytesRecursive();
        if (bio != null) {
            for (BlkioStatEntry e : bio) {
                String op = e.getOp() == null ? "" : e.getOp().toLowerCase(Locale.ROOT);
                if (op.equals("read")) {
                    read += n(e.getValue());
                } else if (op.equals("write")) {
                    write += n(e.getValue());
                }
            }
        }
        Long totalInactive = mem == null || mem.getStats() == null ? null : mem.getStats().getTotalInactiveFile();
        long inactive = mem == null || mem.getStats() == null ? 0 : n(mem.getStats().getInactiveFile());
        return new RawStats(time(s.getRead(), fallbackTime),
                cpu == null || cpu.getCpuUsage() == null ? 0 : n(cpu.getCpuUsage().getTotalUsage()),
                cpu == null ? 0 : n(cpu.getSystemCpuUsage()),
                cpu == null ? 0 : n(cpu.getOnlineCpus()),
                cpu == null || cpu.getCpuUsage() == null || cpu.getCpuUsage().getPercpuUsage() == null ? 0
                        : cpu.getCpuUsage().getPercpuUsage().size(),
                pre == null || pre.getCpuUsage() == null ? 0 : n(pre.getCpuUsage().getTotalUsage()),
                pre == null ? 0 : n(pre.getSystemCpuUsage()),
                mem == null ? 0 : n(mem.getUsage()),
                mem == null ? 0 : n(mem.getLimit()),
                totalInactive, inactive, rx, tx, read, write,
                s.getPidsStats() == null ? 0 : n(s.getPidsStats().getCurrent()));
    }

    private static Instant time(String read, Instant fallback) {
        if (read == null || read.startsWith("0001-")) {
            return fallback;
        }
        try {
            return Instant.parse(read);
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }

    private static long n(Long v) {
        return v == null ? 0 : v;
    }
}
