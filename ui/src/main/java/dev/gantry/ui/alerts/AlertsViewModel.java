package dev.gantry.ui.alerts;

import dev.gantry.adapter.alerts.AlertEvaluator;
import dev.gantry.adapter.alerts.AlertEvent;
import dev.gantry.adapter.alerts.AlertHistory;
import dev.gantry.adapter.alerts.AlertMetric;
import dev.gantry.adapter.alerts.AlertRule;
import dev.gantry.adapter.alerts.AlertRules;
import dev.gantry.adapter.alerts.AlertScope;
import dev.gantry.adapter.alerts.Comparison;
import dev.gantry.ui.concurrent.BackgroundExecutor;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The alerts panel's state: the rules (editable, validated, persisted by the caller as JSON) and
 * the alert history, newest first. Alert events arrive on sampler threads and are moved to the UI
 * thread here.
 */
public final class AlertsViewModel {

    private final BackgroundExecutor executor;
    private final AlertEvaluator evaluator;
    private final ObservableList<AlertRule> rules = FXCollections.observableArrayList();
    private final ObservableList<AlertEvent> events = FXCollections.observableArrayList();
    private final SimpleStringProperty message = new SimpleStringProperty("");
    private Consumer<AlertEvent> onFired = e -> { };
    private Consumer<List<AlertRule>> onRulesChanged = r -> { };
    private boolean edited;

    public AlertsViewModel(BackgroundExecutor executor, AlertEvaluator evaluator, AlertHistory history) {
        this.executor = executor;
        this.evaluator = evaluator;
        rules.setAll(evaluator.rules());
        events.setAll(reversed(history.events()));
        history.addListener(e -> executor.onUiThread(() -> {
            events.add(0, e);
            if (events.size() > 1000) {
                events.remove(1000, events.size());
            }
            if (e.kind() == AlertEvent.Kind.FIRED) {
                onFired.accept(e);
            }
        }));
    }

    private static List<AlertEvent> reversed(List<AlertEvent> l) {
        List<AlertEvent> r = new java.util.ArrayList<>(l);
        java.util.Collections.reverse(r);
        return r;
    }

    public ObservableList<AlertRule> rules() {
        return rules;
    }

    /** Alert history, newest first. */
    public ObservableList<AlertEvent> events() {
        return events;
    }

    /** What went wrong with the last edit, or what was done. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** Called on the UI thread for each alert that fires (the desktop notification). */
    public void setOnFired(Consumer<AlertEvent> onFired) {
        this.onFired = onFired;
    }

    /** Called with the new rule list after every change, to persist it in the settings. */
    public void setOnRulesChanged(Consumer<List<AlertRule>> onRulesChanged) {
        this.onRulesChanged = onRulesChanged;
    }

    /**
     * Adds a rule from the editor's fields; returns false and sets the message when the input is bad.
     *
     * @param threshold and duration as typed
     */
    public boolean addRule(String name, AlertMetric metric, Comparison comparison, String threshold, String duration,
                           AlertScope scope, String target) {
        double t;
        long d;
        try {
            t = Double.parseDouble(threshold.strip());
        } catch (NumberFormatException | NullPointerException e) {
            message.set("Threshold: enter a number, not \"" + (threshold == null ? "" : threshold.strip()) + "\".");
            return false;
        }
        try {
            d = Long.parseLong(duration.strip().replaceFirst("\\s*s$", ""));
        } catch (NumberFormatException | NullPointerException e) {
            message.set("Duration: enter whole seconds, e.g. 30, not \"" + (duration == null ? "" : duration.strip()) + "\".");
            return false;
        }
        String tgt = target == null || target.isBlank() ? null : target.strip();
        AlertRule rule = new AlertRule(UUID.randomUUID().toString(), name == null ? "" : name.strip(), metric, comparison, t, d,
                scope, tgt, true);
        List<String> problems = AlertRules.validate(rule);
        if (!problems.isEmpty()) {
            message.set(String.join(" ", problems));
            return false;
        }
        rules.add(rule);
        changed();
        message.set("Added: " + rule.describe());
        return true;
    }

    public void remove(AlertRule rule) {
        rules.remove(rule);
        changed();
    }

    public void setEnabled(AlertRule rule, boolean on) {
        int i = rules.indexOf(rule);
        if (i >= 0) {
            rules.set(i, rule.withEnabled(on));
            changed();
        }
    }

    public void restoreDefaults() {
        rules.setAll(AlertRules.defaults());
        changed();
    }

    /**
     * The rules read from the settings (in the background, after this view-model was made): they
     * replace the ones in use unless the person already changed the rules, whose change wins.
     */
    public void rulesLoaded(List<AlertRule> loaded) {
        if (edited) {
            return;
        }
        List<AlertRule> copy = List.copyOf(loaded);
        evaluator.setRules(copy);
        rules.setAll(copy);
    }

    private void changed() {
        edited = true;
        List<AlertRule> copy = List.copyOf(rules);
        evaluator.setRules(copy);
        onRulesChanged.accept(copy);
    }

    BackgroundExecutor executor() {
        return executor;
    }
}
