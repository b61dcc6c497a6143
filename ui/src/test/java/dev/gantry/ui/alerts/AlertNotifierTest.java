package dev.gantry.ui.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AlertNotifierTest {

    @Test
    void longMessagesAreBrokenAtSpacesIntoShortLines() {
        String message = "Unhealthy container: container gantry-demo_cache.1.lsvvd7d12iwl0idhsks1qv5xa unhealthy"
                + " (rule: unhealthy (everything)).";
        String wrapped = AlertNotifier.wrap(message, 50);
        List<String> lines = wrapped.lines().toList();
        assertTrue(lines.size() >= 3, wrapped);
        lines.forEach(l -> assertTrue(l.length() <= 50, "line too long: " + l));
        assertEquals(message, String.join(" ", lines));
    }

    @Test
    void aWordLongerThanALineKeepsALineOfItsOwnAndShortTextStaysOneLine() {
        String id = "x".repeat(70);
        assertEquals("see\n" + id + "\nnow", AlertNotifier.wrap("see " + id + " now", 20));
        assertEquals("High CPU on web.1", AlertNotifier.wrap("High CPU on web.1", AlertNotifier.LINE));
    }
}
