package dev.gantry.adapter.stats;

import dev.gantry.adapter.api.stats.ContainerStats;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A bounded history of one container's (or one aggregate's) samples: a ring buffer of primitive
 * columns holding at most {@code capacity} points and nothing older than the retention window.
 * Thread-safe (one lock; writers are samplers, readers are charts).
 */
public final class StatsHistory {

    public static final Duration DEFAULT_RETENTION = Duration.ofHours(1);

    private final Duration retention;
    private final int capacity;
    private final long[] timeMillis;
    private final float[] cpu;
    private final long[] memUsed;
    private final long[] memLimit;
    private final float[] netRx;
    private final float[] netTx;
    private final float[] blkRead;
    private final float[] blkWrite;
    private int start;
    private int size;

    /** Room for one point a second over the retention window. */
    public StatsHistory(Duration retention) {
        this(retention, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(2, retention.toSeconds() + 1)));
    }

    public StatsHistory(Duration retention, int capacity) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("The history retention must be positive, not " + retention + ".");
        }
        if (capacity < 1) {
            throw new IllegalArgumentException("The history must hold at least one point, not " + capacity + ".");
        }
        this.retention = retention;
        this.capacity = capacity;
        timeMillis = new long[capacity];
        cpu = new float[capacity];
        memUsed = new long[capacity];
        memLimit = new long[capacity];
        netRx = new float[capacity];
        netTx = new float[capacity];
        blkRead = new float[capacity];
        blkWrite = new float[capacity];
    }

    public Duration retention() {
        return retention;
    }

    public int capacity() {
        return capacity;
    }

    public synchronized void add(ContainerStats s) {
        int i;
        if (size == capacity) {
            i = start;
            start = (start + 1) % capacity;
        } else {
            i = (start + size) % capacity;
            size++;
        }
        timeMillis[i] = s.time().toEpochMilli();
        cpu[i] = (float) s.cpuPercent();
        memUsed[i] = s.memoryUsed();
        memLimit[i] = s.memoryLimit();
        netRx[i] = (float) s.netRxPerSec();
        netTx[i] = (float) s.netTxPerSec();
        blkRead[i] = (float) s.blockReadPerSec();
        blkWrite[i] = (float) s.blockWritePerSec();
        trimOlderThan(s.time().toEpochMilli() - retention.toMillis());
    }

    private void trimOlderThan(long cutoffMillis) {
        while (size > 0 && timeMillis[start] < cutoffMillis) {
            start = (start + 1) % capacity;
            size--;
        }
    }

    public synchronized int size() {
        return size;
    }

    /** The points held, oldest first. */
    public synchronized List<Point> points() {
        List<Point> out = new ArrayList<>(size);
        for (int k = 0; k < size; k++) {
            int i = (start + k) % capacity;
            out.add(new Point(timeMillis[i], cpu[i], memUsed[i], memLimit[i], netRx[i], netTx[i], blkRead[i], blkWrite[i]));
        }
        return out;
    }

    /** The last {@code n} values of one figure, oldest first (for sparklines). */
    public synchronized double[] last(int n, Figure figure) {
        int count = Math.min(n, size);
        double[] out = new double[count];
        for (int k = 0; k < count; k++) {
            int i = (start + size - count + k) % capacity;
            out[k] = switch (figure) {
                case CPU -> cpu[i];
                case MEMORY -> memUsed[i];
                case NET_RX -> netRx[i];
                case NET_TX -> netTx[i];
                case BLOCK_READ -> blkRead[i];
                case BLOCK_WRITE -> blkWrite[i];
            };
        }
        return out;
    }

    /** Writes the history as CSV with a header line. */
    public void writeCsv(Writer out) {
        List<Point> pts = points();
        try {
            out.write("time,cpu_percent,memory_used_bytes,memory_limit_bytes,net_rx_bytes_per_s,net_tx_bytes_per_s,"
                    + "block_read_bytes_per_s,block_write_bytes_per_s\n");
            for (Point p : pts) {
                out.write(String.format(Locale.ROOT, "%s,%.2f,%d,%d,%.1f,%.1f,%.1f,%.1f%n",
                        Instant.ofEpochMilli(p.timeMillis()), p.cpuPercent(), p.memoryUsed(), p.memoryLimit(),
                        p.netRxPerSec(), p.netTxPerSec(), p.blockReadPerSec(), p.blockWritePerSec()));
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public enum Figure { CPU, MEMORY, NET_RX, NET_TX, BLOCK_READ, BLOCK_WRITE }

    public record Point(long timeMillis, double cpuPercent, long memoryUsed, long memoryLimit,
                        double netRxPerSec, double netTxPerSec, double blockReadPerSec, double blockWritePerSec) {
    }
}
