package dev.gantry.ui.main;

import dev.gantry.adapter.api.ContainerDetails;
import dev.gantry.adapter.api.EndpointProfile;
import dev.gantry.adapter.api.EngineConnector;
import dev.gantry.adapter.api.EngineEvent;
import dev.gantry.adapter.api.EngineEventListener;
import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.api.EngineInfo;
import dev.gantry.adapter.api.EngineSession;
import dev.gantry.adapter.api.ImageInfo;
import dev.gantry.adapter.api.InspectKind;
import dev.gantry.adapter.api.InventorySnapshot;
import dev.gantry.adapter.api.NetworkInfo;
import dev.gantry.adapter.api.Subscription;
import dev.gantry.adapter.api.VolumeInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An engine in memory for the view tests: the test sets the snapshot and pushes events. It stands
 * in for the adapter only to test the window's own logic; engine behaviour is tested for real in app.
 */
final class FakeEngine implements EngineConnector {

    final AtomicReference<InventorySnapshot> snapshot = new AtomicReference<>();
    final AtomicReference<EngineEventListener> listener = new AtomicReference<>();
    final AtomicInteger inventoryCalls = new AtomicInteger();
    /** The operations the sessions offer; null: none. */
    final AtomicReference<dev.gantry.adapter.api.ops.Operations> operations = new AtomicReference<>();

    FakeEngine(InventorySnapshot initial) {
        snapshot.set(initial);
    }

    void push(String type, String action) {
        listener.get().onEvent(new EngineEvent(type, action, "x", Map.of(), Instant.now()));
    }

    void pushFor(String type, String action, String actorId, Map<String, String> attributes) {
        listener.get().onEvent(new EngineEvent(type, action, actorId, attributes, Instant.now()));
    }

    /**
     * When set, the next inventory read takes the snapshot as it is when the read begins, then waits for
     * the latch before answering: a slow fetch that a newer event overtakes.
     */
    final AtomicReference<java.util.concurrent.CountDownLatch> slowFetch = new AtomicReference<>();
    /** Counts down when the slow fetch has begun. */
    final java.util.concurrent.CountDownLatch slowFetchBegun = new java.util.concurrent.CountDownLatch(1);

    void lose() {
        listener.get().onConnectionLost(new EngineException(EngineException.Kind.CONNECTION_LOST,
                "The engine stopped answering."), Duration.ofSeconds(5));
    }

    void back() {
        listener.get().onResync();
    }

    @Override
    public EngineSession connect(EndpointProfile profile) {
        return new EngineSession() {
            @Override
            public EndpointProfile profile() {
                return profile;
            }

            @Override
            public EngineInfo info() {
                return snapshot.get().engine();
            }

            @Override
            public EngineInfo refreshInfo() {
                return info();
            }

            @Override
            public InventorySnapshot inventory() {
                inventoryCalls.incrementAndGet();
                InventorySnapshot read = snapshot.get();
                java.util.concurrent.CountDownLatch gate = slowFetch.getAndSet(null);
                if (gate != null) {
                    slowFetchBegun.countDown();
                    try {
                        gate.await(20, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return read;
            }

            @Override
            public Subscription subscribeEvents(EngineEventListener l) {
                listener.set(l);
                return () -> listener.compareAndSet(l, null);
            }

            @Override
            public List<ImageInfo> images() {
                return List.of();
            }

            @Override
            public List<VolumeInfo> volumes() {
                return List.of();
            }

            @Override
            public List<NetworkInfo> networks() {
                return List.of();
            }

            @Override
            public String inspectJson(InspectKind kind, String id) {
                return "{\"Id\": \"" + id + "\"}";
            }

            @Override
            public ContainerDetails containerDetails(String containerId) {
                return new ContainerDetails(containerId, "n", "img", "running", null, Instant.EPOCH, null, null,
                        List.of("sh"), List.of("DB_PASSWORD=hunter2", "MODE=prod"), List.of(), Map.of(), List.of(), 0,
                        dev.gantry.adapter.api.Health.NONE, null);
            }

            @Override
            public dev.gantry.adapter.api.ops.Operations operations() {
                if (operations.get() == null) {
                    throw new UnsupportedOperationException("the in-memory engine offers no operations");
                }
                return operations.get();
            }

            @Override
            public dev.gantry.adapter.api.logs.LogSource logs() {
                throw new UnsupportedOperationException("the in-memory engine offers no logs");
            }

            @Override
            public dev.gantry.adapter.api.stats.StatsSource stats() {
                throw new UnsupportedOperationException("the in-memory engine offers no stats");
            }

            @Override
            public dev.gantry.adapter.api.deploy.ComposeProjects composeProjects() {
                throw new UnsupportedOperationException("the in-memory engine offers no compose projects");
            }

            @Override
            public dev.gantry.adapter.api.deploy.StackDeployments stacks() {
                throw new UnsupportedOperationException("the in-memory engine offers no deployments");
            }

            @Override
            public void close() {
            }
        };
    }
}
