package dev.gantry.app.window;

import static dev.gantry.app.window.AppHarness.fx;
import static dev.gantry.app.window.AppHarness.within;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.testing.TestEngine;
import dev.gantry.ui.inventory.Badge;
import dev.gantry.ui.inventory.InventoryRow;
import dev.gantry.ui.inventory.RowKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javafx.scene.control.TreeItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window connected to the real test engine: a stack the test creates, and live changes. */
@ExtendWith(ApplicationExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MainWindowLiveTest {

    private static final String STACK = "gt-ui-" + UUID.randomUUID().toString().substring(0, 8);
    private static final Duration FIRST_PAINT = Duration.ofSeconds(90);
    private static final Duration LIVE = Duration.ofSeconds(2);
    private AppHarness app;

    @BeforeAll
    static void deploy() throws Exception {
        Path file = Files.createTempFile("gt-ui-stack", ".yml");
        Files.writeString(file, """
                version: "3.8"
                services:
                  front:
                    image: gantry-test/busybox:1
                    deploy:
                      replicas: 2
                  back:
                    image: gantry-test/busybox:1
                    deploy:
                      replicas: 1
                """);
        TestEngine.docker("stack", "deploy", "-c", file.toString(), STACK);
        Files.delete(file);
        TestEngine.docker("run", "-d", "--name", STACK + "-solo", "gantry-test/busybox:1");
    }

    @AfterAll
    static void remove() throws InterruptedException {
        TestEngine.dockerResult("stack", "rm", STACK);
        TestEngine.dockerResult("rm", "-f", STACK + "-solo");
        // stack rm gives up on the stack's network while its tasks still use it (one was left on the
        // test engine): the tasks go within seconds, then the network can go
        String network = STACK + "_default";
        for (int i = 0; i < 30 && TestEngine.dockerResult("network", "inspect", network).exitCode() == 0; i++) {
            if (TestEngine.dockerResult("network", "rm", network).exitCode() != 0) {
                Thread.sleep(1000);
            }
        }
    }

    @Start
    void start(Stage stage) {
        app = AppHarness.start(stage, List.of(TestEngine.profile()));
    }

    @AfterEach
    void close() {
        app.close();
    }

    private InventoryRow row(String name) {
        TreeItem<InventoryRow> item = app.row(name);
        return item == null ? null : item.getValue();
    }

    /** The service's row and its task rows as the tree shows them, for failure messages. */
    private String describe(String service) {
        TreeItem<InventoryRow> item = app.row(service);
        if (item == null) {
            return "no row";
        }
        InventoryRow r = item.getValue();
        return r.running() + "/" + r.desired() + " " + item.getChildren().stream()
                .map(i -> i.getValue().name() + ":" + i.getValue().badge()).toList();
    }

    private boolean replicas(String service, long running, long desired) {
        InventoryRow r = row(service);
        return r != null && r.running() == running && r.desired() == desired;
    }

    @Test
    @Order(1)
    void showsTheStackItsServicesAndTasksWithRightCounts() {
        assertTrue(within(FIRST_PAINT, () -> replicas(STACK + "_front", 2, 2) && replicas(STACK + "_back", 1, 1)),
                "the stack's services reach 2/2 and 1/1 in the tree");
        fx(() -> {
            TreeItem<InventoryRow> stack = app.row(STACK);
            assertNotNull(stack, "stack row");
            assertEquals(RowKind.STACK, stack.getValue().kind());
            assertEquals(3, stack.getValue().running());
            assertEquals(3, stack.getValue().desired());
            assertEquals(List.of(STACK + "_back", STACK + "_front"),
                    stack.getChildren().stream().map(i -> i.getValue().name()).toList());
            TreeItem<InventoryRow> front = app.row(STACK + "_front");
            List<InventoryRow> tasks = front.getChildren().stream().map(TreeItem::getValue).toList();
            assertEquals(List.of(STACK + "_front.1", STACK + "_front.2"), tasks.stream().map(InventoryRow::name).toList());
            assertTrue(tasks.stream().allMatch(t -> t.kind() == RowKind.TASK && t.badge() == Badge.RUNNING), tasks.toString());
            assertEquals("gantry-test/busybox:1", front.getValue().image());
            return null;
        });
    }

    @Test
    @Order(2)
    void aServiceScaledWithTheCliAppearsWithinTwoSeconds() {
        String back = STACK + "_back";
        assertTrue(within(FIRST_PAINT, () -> replicas(back, 1, 1)), "back starts at 1/1");
        String selectedBefore = fx(() -> {
            app.view.tree().getSelectionModel().select(app.row(back));
            return app.view.tree().getSelectionModel().getSelectedItem().getValue().id();
        });
        TestEngine.docker("service", "scale", "--detach", back + "=3");
        long t0 = System.nanoTime();
        assertTrue(within(LIVE, () -> row(back) != null && row(back).desired() == 3),
                "desired 3 shown within 2 s of the scale command");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("scale seen after " + ms + " ms");
        assertTrue(within(Duration.ofSeconds(60), () -> replicas(back, 3, 3) && app.row(back).getChildren().size() == 3),
                () -> "three running replicas follow; the tree shows " + fx(() -> describe(back)) + "; the engine says "
                        + TestEngine.dockerResult("service", "ps", back, "--format", "{{.Name}} {{.CurrentState}}"));
        assertEquals(selectedBefore, fx(() -> app.view.tree().getSelectionModel().getSelectedItem().getValue().id()),
                "the selection survives the updates");
    }

    @Test
    @Order(3)
    void aContainerKilledWithTheCliAppearsWithinTwoSeconds() {
        String solo = STACK + "-solo";
        assertTrue(within(FIRST_PAINT, () -> row(solo) != null && row(solo).badge() == Badge.RUNNING), "solo runs");
        TestEngine.docker("kill", solo);
        long t0 = System.nanoTime();
        assertTrue(within(LIVE, () -> row(solo) != null && row(solo).badge() == Badge.FAILED),
                "the kill (exit 137) shows as failed within 2 s");
        System.out.println("kill seen after " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        assertTrue(fx(() -> row(solo).error()).startsWith("Exited (137)"));
    }
}
