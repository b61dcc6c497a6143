package dev.gantry.adapter.docker.ops;

import com.github.dockerjava.api.DockerClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.api.exception.NotModifiedException;
import dev.gantry.adapter.api.ops.ContainerOperations;
import java.time.Duration;

/** Container lifecycle over docker-java. Starting a running or stopping a stopped container is a no-op. */
final class DockerContainerOperations implements ContainerOperations {

    static final Duration ENGINE_DEFAULT_GRACE = Duration.ofSeconds(10);
    private final DockerClient client;
    private final EngineHttp http;
    private final OpsErrors errors;

    DockerContainerOperations(DockerClient client, EngineHttp http, OpsErrors errors) {
        this.client = client;
        this.http = http;
        this.errors = errors;
    }

    @Override
    public void start(String container) {
        run("start", container, () -> client.startContainerCmd(container).exec());
    }

    @Override
    public void stop(String container, Duration grace) {
        Duration g = grace == null ? stopGracePeriod(container) : grace;
        run("stop", container, () -> client.stopContainerCmd(container).withTimeout(seconds(g)).exec());
    }

    @Override
    public void restart(String container, Duration grace) {
        Duration g = grace == null ? stopGracePeriod(container) : grace;
        run("restart", container, () -> client.restartContainerCmd(container).withTimeout(seconds(g)).exec());
    }

    @Override
    public void kill(String container, String signal) {
        run("kill", container, () -> client.killContainerCmd(container).withSignal(signal == null ? "KILL" : signal).exec());
    }

    @Override
    public void remove(String container, boolean force) {
        run("remove", container, () -> client.removeContainerCmd(container).withForce(force).exec());
    }

    @Override
    public Duration stopGracePeriod(String container) {
        try {
            JsonNode timeout = http.get("/containers/" + container + "/json").path("Config").path("StopTimeout");
            return timeout.isNumber() ? Duration.ofSeconds(timeout.asLong()) : ENGINE_DEFAULT_GRACE;
        } catch (RuntimeException e) {
            throw errors.translate(e, "read", "container " + container);
        }
    }

    private void run(String action, String container, Runnable call) {
        try {
            call.run();
        } catch (NotModifiedException alreadyThere) {
            // already started / stopped: the user's wish holds
        } catch (RuntimeException e) {
            throw errors.translate(e, action, "container " + container);
        }
    }

    private static int seconds(Duration d) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(0, d.toSeconds()));
    }
}
