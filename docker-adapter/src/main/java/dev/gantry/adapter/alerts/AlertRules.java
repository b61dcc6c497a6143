package dev.gantry.adapter.alerts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/** Default rules, validation with user-facing sentences, and JSON for the settings. */
public final class AlertRules {

    public static final long MAX_DURATION_SECONDS = 24 * 3600;
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private AlertRules() {
    }

    /** CPU > 80 % for 30 s, memory > 90 % of limit for 30 s, unhealthy, running < desired for 60 s; everywhere. */
    public static List<AlertRule> defaults() {
        return List.of(
                new AlertRule("default-cpu", "High CPU", AlertMetric.CPU_PERCENT, Comparison.ABOVE, 80, 30,
                        AlertScope.ENDPOINT, null, true),
                new AlertRule("default-memory", "High memory", AlertMetric.MEMORY_PERCENT, Comparison.ABOVE, 90, 30,
                        AlertScope.ENDPOINT, null, true),
                new AlertRule("default-unhealthy", "Unhealthy container", AlertMetric.HEALTH_STATUS, Comparison.EQUAL, 1,
                        0, AlertScope.ENDPOINT, null, true),
                new AlertRule("default-replicas", "Missing replicas", AlertMetric.RUNNING_BELOW_DESIRED,
                        Comparison.ABOVE, 0, 60, AlertScope.ENDPOINT, null, true));
    }

    /** The problems of a rule as sentences; empty when it is good. */
    public static List<String> validate(AlertRule r) {
        List<String> problems = new ArrayList<>();
        if (r.name() == null || r.name().isBlank()) {
            problems.add("Name: give the rule a name, e.g. \"High CPU\".");
        }
        if (r.metric() == null) {
            problems.add("Metric: choose what the rule watches (CPU, memory, restarts, health or replicas).");
        }
        if (r.comparison() == null) {
            problems.add("Comparison: choose how to compare with the threshold (>, >=, <, <=, ==).");
        }
        double t = r.threshold();
        if (Double.isNaN(t) || Double.isInfinite(t)) {
            problems.add("Threshold: enter a number.");
        } else if (r.metric() != null) {
            switch (r.metric()) {
                case CPU_PERCENT -> {
                    if (t < 0) {
                        problems.add("Threshold: CPU % cannot be negative (100 means one full core).");
                    }
                }
                case MEMORY_PERCENT -> {
                    if (t < 0 || t > 100) {
                        problems.add("Threshold: memory % of the limit must be between 0 and 100, not " + AlertRule.number(t) + ".");
                    }
                }
                case MEMORY_BYTES, RESTART_COUNT, RUNNING_BELOW_DESIRED -> {
                    if (t < 0 || t != Math.rint(t)) {
                        problems.add("Threshold: " + r.metric().label().toLowerCase(java.util.Locale.ROOT)
                                + " must be a whole number of 0 or more, not " + AlertRule.number(t) + ".");
                    }
                }
                case HEALTH_STATUS -> {
                    if (r.comparison() != Comparison.EQUAL || (t != 0 && t != 1)) {
                        problems.add("Threshold: a health rule compares with == and 1 (unhealthy) or 0 (healthy).");
                    }
                }
            }
        }
        if (r.durationSeconds() < 0 || r.durationSeconds() > MAX_DURATION_SECONDS) {
            problems.add("Duration: enter 0 to " + MAX_DURATION_SECONDS + " seconds, not " + r.durationSeconds() + ".");
        }
        if (r.scope() == null) {
            problems.add("Scope: choose container, service, stack or the whole endpoint.");
        } else if (r.scope() == AlertScope.ENDPOINT) {
            if (r.target() != null && !r.target().isBlank()) {
                problems.add("Target: a rule for the whole endpoint names no container, service or stack.");
            }
        } else {
            if (r.target() == null || r.target().isBlank()) {
                problems.add("Target: name the " + r.scope().name().toLowerCase(java.util.Locale.ROOT) + " the rule watches.");
            }
            if (r.scope() == AlertScope.CONTAINER && r.metric() == AlertMetric.RUNNING_BELOW_DESIRED) {
                problems.add("Scope: missing replicas are a service's figure: choose a service, stack or the whole endpoint.");
            }
        }
        return problems;
    }

    public static String toJson(List<AlertRule> rules) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(rules);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("alert rules are plain records", e);
        }
    }

    /** Reads rules written by {@link #toJson}; a sentence in the exception when the text is not such a list. */
    public static List<AlertRule> fromJson(String json) {
        try {
            return List.copyOf(JSON.readValue(json, new TypeReference<List<AlertRule>>() { }));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The saved alert rules cannot be read (line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + "): " + e.getOriginalMessage(), e);
        }
    }
}
