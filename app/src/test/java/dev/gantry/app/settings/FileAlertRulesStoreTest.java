package dev.gantry.app.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.gantry.adapter.alerts.AlertRule;
import dev.gantry.adapter.alerts.AlertRules;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileAlertRulesStoreTest {

    @Test
    void rulesSurviveARestart(@TempDir Path dir) {
        FileAlertRulesStore store = new FileAlertRulesStore(dir);
        assertNull(store.load(), "nothing saved yet: the defaults apply");
        List<AlertRule> rules = AlertRules.defaults().subList(0, 1);
        store.save(rules);
        assertEquals(rules, new FileAlertRulesStore(dir).load());
    }
}
