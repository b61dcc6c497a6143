package dev.gantry.ui.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class InventoryTreeBuilderTest {

    private final List<TreeNode> roots = InventoryTreeBuilder.build(Fixtures.sample());

    private TreeNode find(String id) {
        for (TreeNode r : roots) {
            TreeNode f = r.find(id);
            if (f != null) {
                return f;
            }
        }
        throw new AssertionError("no row " + id);
    }

    @Test
    void groupsInTheDocumentedOrder() {
        assertEquals(List.of(InventoryTreeBuilder.STACKS, InventoryTreeBuilder.SERVICES, InventoryTreeBuilder.PROJECTS,
                InventoryTreeBuilder.CONTAINERS), roots.stream().map(n -> n.row().id()).toList());
    }

    @Test
    void stacksHoldTheirServicesSortedByName() {
        TreeNode stack = find("stack:shop");
        assertEquals(List.of("shop_web", "shop_worker"), stack.children().stream().map(n -> n.row().name()).toList());
        assertEquals(RowKind.STACK, stack.row().kind());
    }

    @Test
    void stackCountsAreTheSumOfItsServices() {
        InventoryRow stack = find("stack:shop").row();
        assertEquals(2, stack.running());
        assertEquals(4, stack.desired());
        assertTrue(stack.replicasDiffer());
        assertEquals("2/4", stack.replicas());
        assertEquals(Badge.FAILED, stack.badge());
    }

    @Test
    void serviceCountsAndBadges() {
        InventoryRow web = find("s-web").row();
        assertEquals("2/2", web.replicas());
        assertFalse(web.replicasDiffer());
        assertEquals(Badge.HEALTHY, web.badge());
        assertEquals("gantry-test/busybox:1", web.image(), "digest dropped, tag kept");
        InventoryRow worker = find("s-worker").row();
        assertEquals(Badge.FAILED, worker.badge());
        assertEquals(Badge.UNHEALTHY, find("s-loose").row().badge());
    }

    @Test
    void failedTasksShowTheirErrorInline() {
        InventoryRow failed = find("t-w1a").row();
        assertEquals(Badge.FAILED, failed.badge());
        assertEquals("task: non-zero exit (3)", failed.error());
        assertEquals("shop_worker.1", failed.name());
        assertEquals("host1", failed.node());
        assertEquals(Badge.REJECTED, find("t-w2").row().badge());
        assertEquals("no suitable node", find("t-w2").row().error());
        assertNull(find("t-web1").row().error());
    }

    @Test
    void eachSlotShowsItsCurrentTaskThenAtMostTwoFailedPredecessors() {
        List<String> ids = find("s-worker").children().stream().map(n -> n.row().id()).toList();
        assertEquals(List.of("t-w1b", "t-w1a", "t-w1old", "t-w2"), ids);
    }

    @Test
    void composeProjectsCountRunningContainers() {
        TreeNode blog = find("project:blog");
        assertEquals("1/2", blog.row().replicas());
        assertEquals(List.of("blog-app-1", "blog-db-1"), blog.children().stream().map(n -> n.row().name()).toList());
        InventoryRow db = find("c-db").row();
        assertEquals(Badge.FAILED, db.badge());
        assertEquals("Exited (1) 5 seconds ago", db.error());
        assertEquals(Badge.FAILED, blog.row().badge());
    }

    @Test
    void standaloneContainersStandAlone() {
        TreeNode group = roots.get(3);
        assertEquals(1, group.children().size());
        InventoryRow solo = group.children().get(0).row();
        assertEquals(Badge.HEALTHY, solo.badge());
        assertEquals("127.0.0.1:9000→80/tcp", solo.ports());
    }

    @Test
    void servicePortsAreShown() {
        assertEquals("8080→80/tcp", find("s-web").row().ports());
    }

    @Test
    void countsSummarise() {
        InventoryCounts c = InventoryCounts.of(Fixtures.sample());
        assertEquals(1, c.stacks());
        assertEquals(3, c.services());
        assertEquals(3, c.replicasRunning());
        assertEquals(5, c.replicasDesired());
        assertEquals(3, c.containers());
        assertEquals(2, c.containersRunning());
        assertEquals("1 stack · 3 services · 3/5 replicas · 1 project · 2/3 containers running · 1 node", c.summary());
    }
}
