package dev.gantry.ui.alerts;

import dev.gantry.adapter.alerts.AlertRule;
import java.util.List;

/** Where the alert rules are kept between runs. */
public interface AlertRulesStore {

    /** The saved rules, or null when none were saved yet (the defaults apply). */
    List<AlertRule> load();

    void save(List<AlertRule> rules);

    /** Keeps nothing: every start uses the defaults (tests). */
    static AlertRulesStore inMemory() {
        return new AlertRulesStore() {
            private List<AlertRule> rules;

            @Override
            public List<AlertRule> load() {
                return rules;
            }

            @Override
            public void save(List<AlertRule> r) {
                rules = List.copyOf(r);
            }
        };
    }
}
