package dev.gantry.app.window;

import static dev.gantry.app.window.AppHarness.fx;
import static dev.gantry.app.window.AppHarness.within;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.stats.ContainerStats;
import dev.gantry.adapter.testing.TestEngine;
import dev.gantry.ui.inventory.InventoryRow;
import dev.gantry.ui.stats.ContainerChartsView;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.scene.control.TreeItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A service's Stats tab charts the sum over its running replicas and follows a scale; the inventory's
 * CPU column samples exactly the containers of the rows on screen.
 */
@ExtendWith(ApplicationExtension.class)
class ServiceStatsLiveTest {

    private static final String SERVICE = "gt-integ-" + UUID.randomUUID().toString().substring(0, 8);
    private static final long LIMIT = 64L * 1024 * 1024;
    private AppHarness app;

    @BeforeAll
    static void create() {
        TestEngine.docker("service", "create", "--detach", "--name", SERVICE, "--replicas", "2", "--limit-memory", "64m",
                "gantry-test/busybox:1", "sh", "-c", "trap 'exit 0' TERM; while true; do sleep 1; done");
    }

    @AfterAll
    static void remove() {
        TestEngine.dockerResult("service", "rm", SERVICE);
    }

    @Start
    void start(Stage stage) {
        app = AppHarness.start(stage, List.of(TestEngine.profile()));
    }

    @AfterEach
    void close() {
        app.close();
    }

    private static Set<String> runningReplicas() {
        String out = TestEngine.docker("ps", "-q", "--no-trunc", "--filter", "label=com.docker.swarm.service.name=" + SERVICE);
        return Arrays.stream(out.split("\\s+")).filter(s -> !s.isBlank()).collect(Collectors.toSet());
    }

    private long summedLimit() {
        return fx(() -> app.view.statsTab().getContent() instanceof ContainerChartsView c
                && c.viewModel().latestProperty().get() != null ? c.viewModel().latestProperty().get().memoryLimit() : -1L);
    }

    @Test
    void theServiceChartsSumItsReplicasAndTheCpuColumnSamplesWhatIsShown() {
        assertTrue(within(Duration.ofSeconds(90), () -> app.row(SERVICE) != null
                && app.row(SERVICE).getValue().running() == 2), "the service shows up with 2 running replicas");
        fx(() -> {
            app.vm.inventory().filterProperty().set(SERVICE);
            TreeItem<InventoryRow> item = app.row(SERVICE);
            app.view.tree().getSelectionModel().select(item);
            app.view.tree().scrollTo(app.view.tree().getRow(item));
            app.view.detailTabs().getSelectionModel().select(app.view.statsTab());
            return null;
        });
        assertTrue(within(Duration.ofSeconds(30), () -> summedLimit() == 2 * LIMIT),
                "the chart's memory limit is the sum of both replicas' 64 MiB, got " + summedLimit());
        ContainerStats sum = fx(() -> ((ContainerChartsView) app.view.statsTab().getContent()).viewModel().latestProperty().get());
        assertEquals(SERVICE, sum.containerName());

        String serviceId = fx(() -> app.row(SERVICE).getValue().id());
        Set<String> replicas = runningReplicas();
        assertEquals(2, replicas.size());
        assertTrue(within(Duration.ofSeconds(30), () -> app.view.sparklines().attachedRows().contains(serviceId)
                && app.view.sparklines().watchedContainers().containsAll(replicas)),
                "the service row on screen samples its replicas");
        assertTrue(within(Duration.ofSeconds(30), () -> cpuPoints(serviceId) >= 2), "its sparkline fills");

        TestEngine.docker("service", "scale", "--detach", SERVICE + "=3");
        assertTrue(within(Duration.ofSeconds(90), () -> summedLimit() == 3 * LIMIT),
                "after scaling to 3 the sum covers the new replica too, got " + summedLimit());
    }

    /** The service row's sparkline points, read from the row's attached figures. */
    private int cpuPoints(String rowId) {
        InventoryRow row = app.row(SERVICE).getValue();
        var values = app.view.sparklines().attach(row);
        int n = values.get().length;
        app.view.sparklines().detach(rowId);
        return n;
    }
}
