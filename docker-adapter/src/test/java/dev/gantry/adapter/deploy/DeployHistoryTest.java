package dev.gantry.adapter.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.api.deploy.ChangeKind;
import dev.gantry.adapter.api.deploy.DeployFailure;
import dev.gantry.adapter.api.deploy.DeployRecord;
import dev.gantry.adapter.api.deploy.DeployResult;
import dev.gantry.adapter.api.deploy.FieldChange;
import dev.gantry.adapter.api.deploy.ResourceChange;
import dev.gantry.adapter.api.deploy.ServiceChange;
import dev.gantry.adapter.api.deploy.StackDiff;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeployHistoryTest {

    @TempDir
    Path dir;

    @Test
    void recordsAndReadsBackNewestFirst() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-25T05:00:00Z"), ZoneOffset.UTC);
        DeployHistory history = new DeployHistory(dir, clock);
        StackDiff diff = new StackDiff("shop", List.of(new ServiceChange("shop_web", ChangeKind.CHANGED,
                List.of(new FieldChange("image", "\"a:1\"", "\"a:2\"")))),
                List.of(new ResourceChange("network", "shop_back", ChangeKind.ADDED)));
        DeployResult ok = new DeployResult("shop", List.of("create network shop_back"), Optional.empty(), List.of(), List.of());
        DeployResult failed = new DeployResult("shop", List.of("a"), Optional.of(new DeployFailure("create service shop_x",
                EngineException.Kind.BAD_REQUEST, "no")), List.of("remove network shop_back"), List.of());

        DeployRecord first = history.record("shop", Map.of("stack.yml", "services: {}\n"), diff, ok);
        DeployRecord second = history.record("shop", Map.of("stack.yml", "v2"), diff, failed);

        List<DeployRecord> read = history.list("shop");
        assertEquals(List.of(second, first), read);
        assertEquals("services: {}\n", history.find("shop", first.id()).orElseThrow().files().get("stack.yml"));
        assertTrue(read.get(0).result().failure().isPresent());
        assertEquals(List.of(), history.list("other"));
    }

    @Test
    void refusesStackNamesThatAreNotNames() {
        DeployHistory history = new DeployHistory(dir);
        assertThrows(IllegalArgumentException.class, () -> history.list("../etc"));
    }
}
