package dev.gantry.adapter.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AlertRulesTest {

    @Test
    void defaultsAreValidAndDescribeThemselves() {
        List<AlertRule> d = AlertRules.defaults();
        assertEquals(4, d.size());
        d.forEach(r -> assertEquals(List.of(), AlertRules.validate(r), r.toString()));
        assertEquals("CPU > 80% for 30 s (everything)", d.get(0).describe());
        assertEquals("Memory > 90% of limit for 30 s (everything)", d.get(1).describe());
        assertEquals("unhealthy (everything)", d.get(2).describe());
        assertEquals("Missing replicas > 0 for 60 s (everything)", d.get(3).describe());
    }

    @Test
    void badInputGetsClearSentences() {
        AlertRule bad = new AlertRule("x", " ", AlertMetric.MEMORY_PERCENT, Comparison.ABOVE, 150, -1, AlertScope.SERVICE, null, true);
        List<String> problems = AlertRules.validate(bad);
        assertEquals(List.of(
                "Name: give the rule a name, e.g. \"High CPU\".",
                "Threshold: memory % of the limit must be between 0 and 100, not 150.",
                "Duration: enter 0 to 86400 seconds, not -1.",
                "Target: name the service the rule watches."), problems);
        AlertRule replicasOnContainer = new AlertRule("y", "R", AlertMetric.RUNNING_BELOW_DESIRED, Comparison.ABOVE, 0, 0,
                AlertScope.CONTAINER, "web", true);
        assertTrue(AlertRules.validate(replicasOnContainer).get(0).startsWith("Scope: missing replicas"));
        AlertRule nan = new AlertRule("z", "N", AlertMetric.CPU_PERCENT, Comparison.ABOVE, Double.NaN, 0, AlertScope.ENDPOINT, null, true);
        assertEquals(List.of("Threshold: enter a number."), AlertRules.validate(nan));
    }

    @Test
    void rulesRoundTripThroughJson() {
        List<AlertRule> rules = List.of(AlertRules.defaults().get(0),
                new AlertRule("r2", "Web restarts", AlertMetric.RESTART_COUNT, Comparison.AT_LEAST, 3, 0, AlertScope.SERVICE, "shop_web", false));
        String json = AlertRules.toJson(rules);
        assertTrue(json.contains("\"metric\" : \"CPU_PERCENT\""), json);
        assertEquals(rules, AlertRules.fromJson(json));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AlertRules.fromJson("{oops"));
        assertTrue(e.getMessage().startsWith("The saved alert rules cannot be read"), e.getMessage());
    }
}
