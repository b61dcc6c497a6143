package dev.gantry.adapter.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Evaluates rules against readings as they come: a rule fires once for a subject when its condition
 * has held for the rule's duration (from the first reading that met it), and resolves at the first
 * reading that does not, or when the subject goes away. Events go to the {@link AlertHistory}.
 * Thread-safe (one lock).
 */
public final class AlertEvaluator {

    private final AlertHistory history;
    private List<AlertRule> rules = List.of();
    private final Map<String, State> states = new HashMap<>();

    public AlertEvaluator(List<AlertRule> rules, AlertHistory history) {
        this.history = history;
        setRules(rules);
    }

    /** Replaces the rules; only valid, enabled ones are used. Alerts of removed rules resolve. */
    public void setRules(List<AlertRule> newRules) {
        List<AlertEvent> out = new ArrayList<>();
        synchronized (this) {
            rules = newRules.stream().filter(AlertRule::enabled).filter(r -> AlertRules.validate(r).isEmpty()).toList();
            var ids = rules.stream().map(AlertRule::id).collect(java.util.stream.Collectors.toSet());
            states.entrySet().removeIf(e -> {
                if (!ids.contains(e.getValue().rule.id()) || !rules.contains(e.getValue().rule)) {
                    if (e.getValue().firing) {
                        out.add(resolved(e.getValue(), Instant.now(), Double.NaN, "rule changed or removed"));
                    }
                    return true;
                }
                return false;
            });
        }
        out.forEach(history::add);
    }

    public synchronized List<AlertRule> rules() {
        return rules;
    }

    /** Whether any rule could use readings of this metric for this subject (so it must be sampled at the normal rate). */
    public synchronized boolean watches(AlertSubject subject, AlertMetric metric) {
        return rules.stream().anyMatch(r -> r.metric() == metric && subject.inScope(r.scope(), r.target()));
    }

    public synchronized boolean watches(AlertSubject subject) {
        return rules.stream().anyMatch(r -> subject.inScope(r.scope(), r.target()));
    }

    /** Feeds one reading; returns the events it caused (also added to the history). */
    public List<AlertEvent> observe(AlertReading reading) {
        List<AlertEvent> out = new ArrayList<>();
        synchronized (this) {
            for (AlertRule r : rules) {
                if (r.metric() != reading.metric() || !reading.subject().inScope(r.scope(), r.target())) {
                    continue;
                }
                String key = r.id() + "|" + reading.subject().id();
                boolean holds = r.comparison().test(reading.value(), r.threshold());
                State st = states.get(key);
                if (holds) {
                    if (st == null) {
                        st = new State(r, reading.subject(), reading.time());
                        states.put(key, st);
                    }
                    if (!st.firing && !Duration.between(st.since, reading.time()).minusSeconds(r.durationSeconds()).isNegative()) {
                        st.firing = true;
                        out.add(new AlertEvent(reading.time(), AlertEvent.Kind.FIRED, r, reading.subject(), reading.value(),
                                describe(r, reading.subject(), reading.value())));
                    }
                } else if (st != null) {
                    states.remove(key);
                    if (st.firing) {
                        out.add(resolved(st, reading.time(), reading.value(), "now " + value(r.metric(), reading.value())));
                    }
                }
            }
        }
        out.forEach(history::add);
        return out;
    }

    /** The subject is gone (container removed, service deleted): its alerts resolve. */
    public List<AlertEvent> subjectGone(String subjectId, Instant time) {
        List<AlertEvent> out = new ArrayList<>();
        synchronized (this) {
            states.entrySet().removeIf(e -> {
                if (e.getValue().subject.id().equals(subjectId)) {
                    if (e.getValue().firing) {
                        out.add(resolved(e.getValue(), time, Double.NaN, "it is gone"));
                    }
                    return true;
                }
                return false;
            });
        }
        out.forEach(history::add);
        return out;
    }

    private static AlertEvent resolved(State st, Instant time, double value, String why) {
        return new AlertEvent(time, AlertEvent.Kind.RESOLVED, st.rule, st.subject, value,
                "Resolved: " + st.rule.name() + " on " + label(st.subject) + " (" + why + ").");
    }

    private static String describe(AlertRule r, AlertSubject s, double value) {
        return r.name() + ": " + label(s) + " " + value(r.metric(), value) + " (rule: " + r.describe() + ").";
    }

    private static String label(AlertSubject s) {
        return s.kind().name().toLowerCase(Locale.ROOT) + " " + s.name();
    }

    private static String value(AlertMetric m, double v) {
        return switch (m) {
            case CPU_PERCENT -> String.format(Locale.ROOT, "at %.1f%% CPU", v);
            case MEMORY_PERCENT -> String.format(Locale.ROOT, "at %.1f%% of its memory limit", v);
            case MEMORY_BYTES -> String.format(Locale.ROOT, "using %.1f MiB", v / (1024 * 1024));
            case RESTART_COUNT -> "restarted " + (long) v + " times";
            case HEALTH_STATUS -> v == 1 ? "unhealthy" : "healthy";
            case RUNNING_BELOW_DESIRED -> (long) v + " replicas short of desired";
        };
    }

    private static final class State {
        final AlertRule rule;
        final AlertSubject subject;
        final Instant since;
        boolean firing;

        State(AlertRule rule, AlertSubject subject, Instant since) {
            this.rule = rule;
            this.subject = subject;
            this.since = since;
        }
    }
}
