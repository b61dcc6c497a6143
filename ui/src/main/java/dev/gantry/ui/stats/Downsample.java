package dev.gantry.ui.stats;

import dev.gantry.adapter.stats.StatsHistory;
import java.util.ArrayList;
import java.util.List;

/** Averages a history down to at most N points, so a chart never draws thousands of segments. */
final class Downsample {

    private Downsample() {
    }

    static List<StatsHistory.Point> average(List<StatsHistory.Point> pts, int max) {
        if (pts.size() <= max) {
            return pts;
        }
        List<StatsHistory.Point> out = new ArrayList<>(max);
        double per = (double) pts.size() / max;
        for (int b = 0; b < max; b++) {
            int from = (int) Math.floor(b * per);
            int to = Math.min(pts.size(), (int) Math.floor((b + 1) * per));
            if (to <= from) {
                continue;
            }
            double cpu = 0;
            double mem = 0;
            double lim = 0;
            double rx = 0;
            double tx = 0;
            double br = 0;
            double bw = 0;
            for (int i = from; i < to; i++) {
                StatsHistory.Point p = pts.get(i);
                cpu += p.cpuPercent();
                mem += p.memoryUsed();
                lim += p.memoryLimit();
                rx += p.netRxPerSec();
                tx += p.netTxPerSec();
                br += p.blockReadPerSec();
                bw += p.blockWritePerSec();
            }
            int n = to - from;
            out.add(new StatsHistory.Point(pts.get(to - 1).timeMillis(), cpu / n, (long) (mem / n), (long) (lim / n),
                    rx / n, tx / n, br / n, bw / n));
        }
        return out;
    }
}
