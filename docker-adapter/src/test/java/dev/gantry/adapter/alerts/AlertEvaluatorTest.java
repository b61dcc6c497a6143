package dev.gantry.adapter.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertEvaluatorTest {

    private final Instant t0 = Instant.parse("2026-11-25T00:00:00Z");
    private final AlertSubject web1 = AlertSubject.container("aaaaaaaaaaaa1", "shop_web.1.x", "shop_web", "shop");
    private final AlertSubject db = AlertSubject.container("bbbbbbbbbbbb2", "db", null, null);
    private final AlertHistory history = new AlertHistory();
    private final AlertEvaluator eval = new AlertEvaluator(AlertRules.defaults(), history);

    private List<AlertEvent> cpu(AlertSubject s, int second, double v) {
        return eval.observe(new AlertReading(t0.plusSeconds(second), s, AlertMetric.CPU_PERCENT, v));
    }

    @Test
    void firesOnceAfterTheDurationAndResolvesWhenTheConditionStops() {
        assertTrue(cpu(web1, 0, 95).isEmpty());
        assertTrue(cpu(web1, 15, 95).isEmpty());
        assertTrue(cpu(web1, 29, 95).isEmpty());
        List<AlertEvent> fired = cpu(web1, 30, 95);
        assertEquals(1, fired.size());
        assertEquals(AlertEvent.Kind.FIRED, fired.get(0).kind());
        assertTrue(fired.get(0).message().contains("shop_web.1.x at 95.0% CPU"), fired.get(0).message());
        assertTrue(cpu(web1, 31, 99).isEmpty(), "fires once");
        assertEquals(1, history.active().size());
        List<AlertEvent> resolved = cpu(web1, 40, 10);
        assertEquals(AlertEvent.Kind.RESOLVED, resolved.get(0).kind());
        assertTrue(history.active().isEmpty());
        assertEquals(2, history.events().size());
    }

    @Test
    void aDipRestartsTheDuration() {
        cpu(web1, 0, 95);
        cpu(web1, 20, 50);
        assertTrue(cpu(web1, 35, 95).isEmpty());
        assertEquals(1, cpu(web1, 65, 95).size());
    }

    @Test
    void scopesSelectSubjects() {
        AlertRule stackRule = new AlertRule("s", "Stack CPU", AlertMetric.CPU_PERCENT, Comparison.ABOVE, 10, 0, AlertScope.STACK, "shop", true);
        AlertRule containerRule = new AlertRule("c", "DB CPU", AlertMetric.CPU_PERCENT, Comparison.ABOVE, 10, 0, AlertScope.CONTAINER, "db", true);
        eval.setRules(List.of(stackRule, containerRule));
        assertEquals("s", cpu(web1, 0, 20).get(0).rule().id());
        assertEquals("c", cpu(db, 0, 20).get(0).rule().id());
        assertTrue(eval.watches(db));
        assertFalse(eval.watches(AlertSubject.container("cccc", "other", null, null)));
    }

    @Test
    void healthAndReplicaDefaultsAndGoneSubjectsResolve() {
        AlertSubject svc = AlertSubject.service("svc1", "shop_web", "shop");
        assertEquals(1, eval.observe(new AlertReading(t0, web1, AlertMetric.HEALTH_STATUS, 1)).size(), "unhealthy fires at once");
        assertTrue(eval.observe(new AlertReading(t0, svc, AlertMetric.RUNNING_BELOW_DESIRED, 1)).isEmpty());
        assertEquals(1, eval.observe(new AlertReading(t0.plusSeconds(60), svc, AlertMetric.RUNNING_BELOW_DESIRED, 1)).size());
        List<AlertEvent> gone = eval.subjectGone(web1.id(), t0.plusSeconds(61));
        assertEquals(AlertEvent.Kind.RESOLVED, gone.get(0).kind());
        assertEquals(1, history.active().size(), "the service alert stays");
    }
}
