package dev.gantry.ui.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.ui.inventory.Badge;
import dev.gantry.ui.inventory.Fixtures;
import org.junit.jupiter.api.Test;

class DetailBuilderTest {

    @Test
    void serviceFacts() {
        Detail d = DetailBuilder.of(Fixtures.sample(), "s-worker");
        assertEquals("shop_worker", d.title());
        assertEquals("Service", d.kind());
        assertTrue(d.facts().contains(new Fact("Replicas", "0 running of 2 desired")));
        assertEquals("shop", d.labels().get("com.docker.stack.namespace"));
        assertEquals(java.util.List.of("8080→80/tcp"), d.ports());
    }

    @Test
    void failedTaskCarriesItsError() {
        Detail d = DetailBuilder.of(Fixtures.sample(), "t-w1a");
        assertEquals(Badge.FAILED, d.badge());
        assertEquals("task: non-zero exit (3)", d.error());
    }

    @Test
    void stacksAndProjectsAndUnknownIds() {
        assertEquals("Stack", DetailBuilder.of(Fixtures.sample(), "stack:shop").kind());
        assertEquals("Compose project", DetailBuilder.of(Fixtures.sample(), "project:blog").kind());
        assertSame(Detail.NONE, DetailBuilder.of(Fixtures.sample(), "nope"));
        assertSame(Detail.NONE, DetailBuilder.of(null, "s-web"));
    }
}
