package dev.gantry.adapter.alerts;

import java.util.Locale;

/**
 * An alert rule, e.g. "CPU > 80 % for 30 s on stack shop". Immutable; serialisable with Jackson as
 * it stands (the settings persist a list of them). Check it with {@link AlertRules#validate}.
 *
 * @param id              stable identity (settings key)
 * @param target          the container, service or stack name; null for {@link AlertScope#ENDPOINT}
 * @param durationSeconds how long the condition must hold before the rule fires; 0 = at once
 */
public record AlertRule(String id, String name, AlertMetric metric, Comparison comparison, double threshold,
                        long durationSeconds, AlertScope scope, String target, boolean enabled) {

    /** E.g. "CPU > 80% for 30 s (everything)". */
    public String describe() {
        String value = metric == AlertMetric.HEALTH_STATUS ? (threshold == 1 ? "unhealthy" : "healthy")
                : String.format(Locale.ROOT, "%s %s %s%s", metric.label(), comparison.symbol(), number(threshold), metric.unit());
        String where = scope == AlertScope.ENDPOINT ? "everything" : scope.name().toLowerCase(Locale.ROOT) + " " + target;
        return value + (durationSeconds > 0 ? " for " + durationSeconds + " s" : "") + " (" + where + ")";
    }

    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }

    public AlertRule withEnabled(boolean on) {
        return new AlertRule(id, name, metric, comparison, threshold, durationSeconds, scope, target, on);
    }
}
