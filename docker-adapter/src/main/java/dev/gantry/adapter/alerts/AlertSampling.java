package dev.gantry.adapter.alerts;

import dev.gantry.adapter.api.stats.SamplingRate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * How often alert rules need a container's stats: at the normal rate when an enabled CPU or memory
 * rule names the container, its service or its stack; at the slow rate when only endpoint-wide rules
 * (such as the defaults) cover it; not at all when no CPU or memory rule covers it (health and
 * replica readings come from the inventory). Visible containers are sampled at the normal rate by
 * their charts' own watch.
 */
public final class AlertSampling {

    static final Set<AlertMetric> FROM_STATS = EnumSet.of(AlertMetric.CPU_PERCENT, AlertMetric.MEMORY_PERCENT,
            AlertMetric.MEMORY_BYTES);

    private AlertSampling() {
    }

    /** The rate the rules need for this container, or null when they need no stats of it. */
    public static SamplingRate rateFor(List<AlertRule> rules, AlertSubject container) {
        SamplingRate rate = null;
        for (AlertRule r : rules) {
            if (!r.enabled() || !FROM_STATS.contains(r.metric()) || !container.inScope(r.scope(), r.target())) {
                continue;
            }
            if (r.scope() != AlertScope.ENDPOINT) {
                return SamplingRate.NORMAL;
            }
            rate = SamplingRate.SLOW;
        }
        return rate;
    }
}
