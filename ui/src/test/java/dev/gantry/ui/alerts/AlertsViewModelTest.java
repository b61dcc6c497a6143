package dev.gantry.ui.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.alerts.AlertEvaluator;
import dev.gantry.adapter.alerts.AlertEvent;
import dev.gantry.adapter.alerts.AlertHistory;
import dev.gantry.adapter.alerts.AlertMetric;
import dev.gantry.adapter.alerts.AlertReading;
import dev.gantry.adapter.alerts.AlertRule;
import dev.gantry.adapter.alerts.AlertRules;
import dev.gantry.adapter.alerts.AlertScope;
import dev.gantry.adapter.alerts.AlertSubject;
import dev.gantry.adapter.alerts.Comparison;
import dev.gantry.ui.concurrent.SameThreadExecutor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertsViewModelTest {

    private final AlertHistory history = new AlertHistory();
    private final AlertEvaluator evaluator = new AlertEvaluator(AlertRules.defaults(), history);
    private final AlertsViewModel vm = new AlertsViewModel(new SameThreadExecutor(), evaluator, history);

    @Test
    void firedAlertsReachTheHistoryNewestFirstAndTheNotifier() {
        List<AlertEvent> notified = new ArrayList<>();
        vm.setOnFired(notified::add);
        AlertSubject c = AlertSubject.container("abcdef123456", "web.1", "web", null);
        evaluator.observe(new AlertReading(Instant.now(), c, AlertMetric.HEALTH_STATUS, 1));
        evaluator.observe(new AlertReading(Instant.now(), c, AlertMetric.HEALTH_STATUS, 0));
        assertEquals(2, vm.events().size());
        assertEquals(AlertEvent.Kind.RESOLVED, vm.events().get(0).kind());
        assertEquals(1, notified.size());
    }

    @Test
    void badRuleInputIsRefusedWithASentenceAndGoodRulesPersist() {
        List<List<AlertRule>> saved = new ArrayList<>();
        vm.setOnRulesChanged(saved::add);
        assertFalse(vm.addRule("Busy", AlertMetric.CPU_PERCENT, Comparison.ABOVE, "eighty", "30", AlertScope.ENDPOINT, ""));
        assertEquals("Threshold: enter a number, not \"eighty\".", vm.messageProperty().get());
        assertFalse(vm.addRule("Busy", AlertMetric.CPU_PERCENT, Comparison.ABOVE, "80", "30", AlertScope.SERVICE, ""));
        assertEquals("Target: name the service the rule watches.", vm.messageProperty().get());
        assertTrue(vm.addRule("Busy web", AlertMetric.CPU_PERCENT, Comparison.ABOVE, "80", "30 s", AlertScope.SERVICE, "web"));
        assertEquals(5, vm.rules().size());
        assertEquals(5, saved.get(0).size());
        assertEquals(5, evaluator.rules().size());
        assertEquals(saved.get(0), AlertRules.fromJson(AlertRules.toJson(saved.get(0))));
        vm.setEnabled(vm.rules().get(4), false);
        assertEquals(4, evaluator.rules().size(), "disabled rules are not evaluated");
    }
}
