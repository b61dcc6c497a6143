package dev.gantry.adapter.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.Subscription;
import dev.gantry.adapter.api.stats.ContainerStats;
import dev.gantry.adapter.api.stats.SamplingRate;
import dev.gantry.adapter.api.stats.StatsListener;
import dev.gantry.adapter.api.stats.StatsSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertSamplingTest {

    private static final AlertSubject WEB = AlertSubject.container("aaaa1111bbbb", "shop_web.1.x", "shop_web", "shop");
    private static final AlertSubject DB = AlertSubject.container("cccc2222dddd", "db", null, null);

    private static AlertRule rule(String id, AlertMetric metric, AlertScope scope, String target, boolean enabled) {
        return new AlertRule(id, id, metric, Comparison.ABOVE, 1, 0, scope, target, enabled);
    }

    @Test
    void theDefaultRulesSampleEveryContainerOnlyAtTheSlowRate() {
        assertEquals(SamplingRate.SLOW, AlertSampling.rateFor(AlertRules.defaults(), WEB));
        assertEquals(SamplingRate.SLOW, AlertSampling.rateFor(AlertRules.defaults(), DB));
    }

    @Test
    void aRuleNamingTheServiceOrContainerSamplesItAtTheNormalRate() {
        List<AlertRule> rules = new ArrayList<>(AlertRules.defaults());
        rules.add(rule("svc", AlertMetric.CPU_PERCENT, AlertScope.SERVICE, "shop_web", true));
        assertEquals(SamplingRate.NORMAL, AlertSampling.rateFor(rules, WEB));
        assertEquals(SamplingRate.SLOW, AlertSampling.rateFor(rules, DB));
        assertEquals(SamplingRate.NORMAL, AlertSampling.rateFor(
                List.of(rule("c", AlertMetric.MEMORY_BYTES, AlertScope.CONTAINER, "db", true)), DB));
    }

    @Test
    void rulesThatNeedNoStatsOrAreDisabledSampleNothing() {
        List<AlertRule> rules = List.of(
                rule("h", AlertMetric.HEALTH_STATUS, AlertScope.ENDPOINT, null, true),
                rule("r", AlertMetric.RUNNING_BELOW_DESIRED, AlertScope.ENDPOINT, null, true),
                rule("off", AlertMetric.CPU_PERCENT, AlertScope.CONTAINER, "db", false));
        assertNull(AlertSampling.rateFor(rules, DB));
    }

    @Test
    void theMonitorWatchesAtThatRateAndFollowsRuleChanges() {
        RecordingStats stats = new RecordingStats();
        AlertEvaluator evaluator = new AlertEvaluator(AlertRules.defaults(), new AlertHistory());
        try (AlertMonitor monitor = new AlertMonitor(stats, evaluator)) {
            assertTrue(monitor.watch(WEB));
            assertEquals(SamplingRate.SLOW, stats.rates.get(WEB.id()));

            evaluator.setRules(List.of(rule("svc", AlertMetric.CPU_PERCENT, AlertScope.STACK, "shop", true)));
            assertTrue(monitor.watch(WEB));
            assertEquals(SamplingRate.NORMAL, stats.rates.get(WEB.id()));
            assertEquals(1, stats.opened);

            evaluator.setRules(List.of(rule("h", AlertMetric.HEALTH_STATUS, AlertScope.ENDPOINT, null, true)));
            assertFalse(monitor.watch(WEB));
            assertFalse(stats.rates.containsKey(WEB.id()), "the watch was closed");
        }
    }

    /** Records the watches and their rates. */
    private static final class RecordingStats implements StatsSource {
        final Map<String, SamplingRate> rates = new HashMap<>();
        final Map<Subscription, String> ids = new HashMap<>();
        int opened;

        @Override
        public ContainerStats sample(String containerIdOrName) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Subscription watch(String id, SamplingRate rate, StatsListener listener) {
            opened++;
            rates.put(id, rate);
            Subscription s = new Subscription() {
                @Override
                public void close() {
                    rates.remove(id);
                }
            };
            ids.put(s, id);
            return s;
        }

        @Override
        public void setRate(Subscription watch, SamplingRate rate) {
            rates.put(ids.get(watch), rate);
        }
    }
}
