package dev.gantry.ui.operations;

import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.api.ServiceInfo;
import dev.gantry.adapter.api.ops.ProgressWatch;
import dev.gantry.adapter.api.ops.ServiceOperations;
import dev.gantry.adapter.api.ops.ServiceProgress;
import dev.gantry.adapter.api.ops.ServiceUpdateRequest;
import dev.gantry.adapter.api.ops.WatchGoal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** Records calls and replays scripted progress synchronously: for view-model logic only. */
final class FakeServices implements ServiceOperations {

    final List<String> calls = new ArrayList<>();
    List<ServiceProgress> script = List.of();
    EngineException failWith;

    static ServiceInfo service(String mode, long replicas) {
        return new ServiceInfo("svc1", "web", null, "img:1@sha256:abc", mode, replicas, replicas, List.of(), null, Map.of(),
                Instant.EPOCH, Instant.EPOCH, 1);
    }

    static ServiceProgress progress(ServiceProgress.Phase phase, long running, long desired, String summary) {
        return new ServiceProgress("svc1", "web", desired, running, running, 0, "img:2", null, null, List.of(),
                List.of("task x failed: boom"), 0, phase, summary);
    }

    private void call(String c) {
        calls.add(c);
        if (failWith != null) {
            throw failWith;
        }
    }

    @Override
    public void scale(String service, long replicas) {
        call("scale " + service + " " + replicas);
    }

    @Override
    public void update(String service, ServiceUpdateRequest request) {
        call("update " + service + " " + request);
    }

    @Override
    public void resumeUpdate(String service) {
        call("resume " + service);
    }

    @Override
    public void rollback(String service) {
        call("rollback " + service);
    }

    @Override
    public void forceRedeploy(String service) {
        call("force " + service);
    }

    @Override
    public void remove(String service) {
        call("remove " + service);
    }

    @Override
    public ServiceProgress progress(String service) {
        return script.get(script.size() - 1);
    }

    @Override
    public ProgressWatch watch(String service, WatchGoal goal, Duration timeout, Consumer<ServiceProgress> listener) {
        calls.add("watch " + service + " " + goal);
        script.forEach(listener);
        CompletableFuture<ServiceProgress> done = CompletableFuture.completedFuture(script.get(script.size() - 1));
        return new ProgressWatch() {
            @Override
            public CompletableFuture<ServiceProgress> outcome() {
                return done;
            }

            @Override
            public void close() {
                calls.add("close watch");
            }
        };
    }
}
