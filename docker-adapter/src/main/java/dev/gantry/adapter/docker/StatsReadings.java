package dev.gantry.adapter.docker;

import com.github.dockerjava.api.model.BlkioStatEntry;
import com.github.dockerjava.api.model.CpuStatsConfig;
import com.github.dockerjava.api.model.MemoryStatsConfig;
import com.github.dockerjava.api.model.StatisticNetworksConfig;
import com.github.dockerjava.api.model.Statistics;
import dev.gantry.adapter.stats.RawStats;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads docker-java {@link Statistics} (the streaming mode's callback) into {@link RawStats}; one-shot
 * answers are decoded by {@link StatsJsonDecoder} instead, to the same figures.
 */
final class StatsReadings {

    private StatsReadings() {
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

    /** The engine's read time; {@code fallback} for its zero time ("0001-...") or anything unreadable. */
    static Instant time(String read, Instant fallback) {
        if (read == null || read.startsWith("0001-")) {
            return fallback;
        }
        Instant fast = utc(read);
        if (fast != null) {
            return fast;
        }
        try {
            return Instant.parse(read);
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }

    /**
     * "2026-12-06T07:55:21.768426593Z", the way dockerd writes UTC (RFC 3339, 0-9 fraction digits), read
     * without java.time's formatter (a tenth of the sampler's own CPU, profiled); null for any other form.
     */
    static Instant utc(String s) {
        int len = s.length();
        if (len < 20 || s.charAt(len - 1) != 'Z' || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T'
                || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        int hour = digits(s, 11, 13);
        int minute = digits(s, 14, 16);
        int second = digits(s, 17, 19);
        int nanos = 0;
        if (len > 20) {
            int fractionDigits = len - 21;
            if (s.charAt(19) != '.' || fractionDigits < 1 || fractionDigits > 9) {
                return null;
            }
            nanos = digits(s, 20, len - 1);
            for (int i = fractionDigits; i < 9 && nanos >= 0; i++) {
                nanos *= 10;
            }
        }
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23
                || minute < 0 || minute > 59 || second < 0 || second > 59 || nanos < 0) {
            return null;
        }
        long epochDay;
        try {
            epochDay = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException noSuchDay) {
            return null;
        }
        return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3600L + minute * 60L + second, nanos);
    }

    /** The decimal number in s[from, to), or -1 when a character is not a digit. */
    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static long n(Long v) {
        return v == null ? 0 : v;
    }
}
