package dev.gantry.ui.inventory;

import dev.gantry.adapter.api.ComposeProject;
import dev.gantry.adapter.api.ContainerInfo;
import dev.gantry.adapter.api.EngineInfo;
import dev.gantry.adapter.api.Health;
import dev.gantry.adapter.api.InventorySnapshot;
import dev.gantry.adapter.api.NodeInfo;
import dev.gantry.adapter.api.PublishedPort;
import dev.gantry.adapter.api.ServiceInfo;
import dev.gantry.adapter.api.StackInfo;
import dev.gantry.adapter.api.SwarmState;
import dev.gantry.adapter.api.TaskInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Hand-built snapshots for the pure presentation tests. */
public final class Fixtures {

    public static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    private Fixtures() {
    }

    public static EngineInfo engine() {
        return new EngineInfo("20.10.24", "1.41", "1.41", "linux", "x86_64", "6.1", "host1", 2, 1L << 30,
                SwarmState.ACTIVE, true, "node1", 5, 4, 3);
    }

    public static ServiceInfo service(String id, String name, String stack, long running, long desired) {
        return new ServiceInfo(id, name, stack, "gantry-test/busybox:1@sha256:abc", "replicated", desired, running,
                List.of(new PublishedPort(null, 8080, 80, "tcp", "ingress")), null,
                stack == null ? Map.of() : Map.of(StackInfo.NAMESPACE_LABEL, stack), T0, T0, 7);
    }

    public static TaskInfo task(String id, String serviceId, String serviceName, int slot, String state, String error,
                                Instant updated, Health health) {
        return new TaskInfo(id, serviceId, serviceName, slot, "node1", "host1", "gantry-test/busybox:1@sha256:abc",
                state, "running", state, error, null, "c-" + id, T0, updated, health);
    }

    public static ContainerInfo container(String id, String name, String state, String status, Health health,
                                          Map<String, String> labels) {
        return new ContainerInfo(id, name, "gantry-test/busybox:1", "sh", state, status, health,
                List.of(new PublishedPort("127.0.0.1", 9000, 80, "tcp", "host")), labels, T0);
    }

    /** A stack "shop" (web 2/2 healthy, worker 0/2 failing), a loose service, a project and a container. */
    public static InventorySnapshot sample() {
        ServiceInfo web = service("s-web", "shop_web", "shop", 2, 2);
        ServiceInfo worker = service("s-worker", "shop_worker", "shop", 0, 2);
        ServiceInfo loose = service("s-loose", "loner", null, 1, 1);
        List<TaskInfo> tasks = List.of(
                task("t-web1", "s-web", "shop_web", 1, "running", null, T0, Health.HEALTHY),
                task("t-web2", "s-web", "shop_web", 2, "running", null, T0, Health.HEALTHY),
                task("t-w1a", "s-worker", "shop_worker", 1, "failed", "task: non-zero exit (3)", T0.plusSeconds(10), Health.NONE),
                task("t-w1b", "s-worker", "shop_worker", 1, "starting", null, T0.plusSeconds(20), Health.NONE),
                task("t-w1old", "s-worker", "shop_worker", 1, "failed", "task: non-zero exit (3)", T0, Health.NONE),
                task("t-w1older", "s-worker", "shop_worker", 1, "failed", "task: non-zero exit (3)", T0.minusSeconds(10), Health.NONE),
                task("t-w2", "s-worker", "shop_worker", 2, "rejected", "no suitable node", T0, Health.NONE),
                task("t-l1", "s-loose", "loner", 1, "running", null, T0, Health.UNHEALTHY));
        ContainerInfo app = container("c-app", "blog-app-1", "running", "Up 1 minute", Health.NONE,
                Map.of(ContainerInfo.COMPOSE_PROJECT, "blog", ContainerInfo.COMPOSE_SERVICE, "app"));
        ContainerInfo db = container("c-db", "blog-db-1", "exited", "Exited (1) 5 seconds ago", Health.NONE,
                Map.of(ContainerInfo.COMPOSE_PROJECT, "blog", ContainerInfo.COMPOSE_SERVICE, "db"));
        ContainerInfo solo = container("c-solo", "solo", "running", "Up 2 hours (healthy)", Health.HEALTHY, Map.of());
        return new InventorySnapshot(T0, engine(),
                List.of(new StackInfo("shop", List.of("s-web", "s-worker"), List.of("shop_default"), List.of(), List.of())),
                List.of(web, worker, loose), tasks, List.of(new ComposeProject("blog", List.of(app, db))),
                List.of(solo), List.of(app, db, solo),
                List.of(new NodeInfo("node1", "host1", "manager", "active", "ready", true, "20.10.24", "10.0.0.1")));
    }
}
