package dev.gantry.adapter.logs;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Parses the engine's RFC3339Nano log prefix ("2026-11-25T05:10:59.123456789Z ") quickly. */
public final class LogTimestamps {

    private static final int MAX_PREFIX = 40;

    private LogTimestamps() {
    }

    /** Index of the space ending a timestamp prefix at {@code from}, or -1 when there is none. */
    public static int prefixEnd(byte[] b, int from, int to) {
        if (to - from < 20 || b[from + 4] != '-' || b[from + 7] != '-' || b[from + 10] != 'T') {
            return -1;
        }
        int limit = Math.min(to, from + MAX_PREFIX);
        for (int i = from + 19; i < limit; i++) {
            if (b[i] == ' ') {
                return i;
            }
        }
        return -1;
    }

    /** Parses {@code b[from, to)}; null when it is not a timestamp. */
    public static Instant parse(byte[] b, int from, int to) {
        int len = to - from;
        if (len >= 20 && b[to - 1] == 'Z' && digits(b, from, 4) && digits(b, from + 5, 2) && digits(b, from + 8, 2)
                && digits(b, from + 11, 2) && digits(b, from + 14, 2) && digits(b, from + 17, 2)) {
            long year = num(b, from, 4);
            long month = num(b, from + 5, 2);
            long day = num(b, from + 8, 2);
            long secs = num(b, from + 11, 2) * 3600 + num(b, from + 14, 2) * 60 + num(b, from + 17, 2);
            long nanos = 0;
            int p = from + 19;
            if (b[p] == '.') {
                int digits = 0;
                p++;
                while (p < to - 1 && digits < 9 && b[p] >= '0' && b[p] <= '9') {
                    nanos = nanos * 10 + (b[p] - '0');
                    digits++;
                    p++;
                }
                if (p != to - 1) {
                    return slow(b, from, to);
                }
                for (; digits < 9; digits++) {
                    nanos *= 10;
                }
            } else if (p != to - 1) {
                return slow(b, from, to);
            }
            if (month < 1 || month > 12 || day < 1 || day > 31) {
                return null;
            }
            try {
                long epochDay = java.time.LocalDate.of((int) year, (int) month, (int) day).toEpochDay();
                return Instant.ofEpochSecond(epochDay * 86400 + secs, nanos);
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        return slow(b, from, to);
    }

    private static Instant slow(byte[] b, int from, int to) {
        try {
            return OffsetDateTime.parse(new String(b, from, to - from, StandardCharsets.US_ASCII)).toInstant();
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static boolean digits(byte[] b, int from, int n) {
        for (int i = from; i < from + n; i++) {
            if (b[i] < '0' || b[i] > '9') {
                return false;
            }
        }
        return true;
    }

    private static long num(byte[] b, int from, int n) {
        long v = 0;
        for (int i = from; i < from + n; i++) {
            v = v * 10 + (b[i] - '0');
        }
        return v;
    }
}
