package dev.gantry.adapter.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.api.DockerClient;
import dev.gantry.adapter.api.EngineInfo;
import dev.gantry.adapter.api.InventorySnapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads one inventory: the independent list calls run side by side, then {@link InventoryAssembler}
 * joins them. Swarm lists are empty on an engine that is not a swarm manager.
 */
final class InventoryReader {

    private final DockerClient client;
    private final RawApi raw;
    private final ParallelCalls calls;
    private final Supplier<EngineInfo> info;

    /** @param info reads the engine's version and info afresh (its swarm role may have changed) */
    InventoryReader(DockerClient client, RawApi raw, ParallelCalls calls, Supplier<EngineInfo> info) {
        this.client = client;
        this.raw = raw;
        this.calls = calls;
        this.info = info;
    }

    InventorySnapshot read() {
        Instant takenAt = Instant.now();
        var engine = calls.submit(info);
        var containers = calls.submit(() -> client.listContainersCmd().withShowAll(true).exec());
        var services = calls.submit(() -> SwarmCalls.listOrEmpty(() -> client.listServicesCmd().exec()));
        var tasks = calls.submit(() -> SwarmCalls.listOrEmpty(() -> client.listTasksCmd().exec()));
        var nodes = calls.submit(() -> SwarmCalls.listOrEmpty(() -> client.listSwarmNodesCmd().exec()));
        var networks = calls.submit(() -> client.listNetworksCmd().exec());
        var secrets = calls.submit(() -> SwarmCalls.listOrEmpty(() -> client.listSecretsCmd().exec()));
        var configs = calls.submit(() -> SwarmCalls.listOrEmpty(this::configStacks));
        return InventoryAssembler.assemble(new InventoryLists(
                takenAt, calls.await(engine), calls.await(containers), calls.await(services), calls.await(tasks),
                calls.await(nodes), calls.await(networks), calls.await(secrets), calls.await(configs)));
    }

    /** Raw, because docker-java's ConfigSpec has no labels. */
    private List<InventoryLists.NamedStackMember> configStacks() {
        List<InventoryLists.NamedStackMember> out = new ArrayList<>();
        for (JsonNode c : raw.get("/configs")) {
            JsonNode spec = c.path("Spec");
            out.add(InventoryLists.NamedStackMember.of(spec.path("Name").asText(), VolumeMapper.strings(spec.path("Labels"))));
        }
        return out;
    }
}
