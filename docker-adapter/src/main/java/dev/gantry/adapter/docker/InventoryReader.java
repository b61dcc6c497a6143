package dev.gantry.adapter.docker;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.adapter.api.EngineInfo;
import dev.gantry.adapter.api.InventorySnapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads one inventory: the independent list calls run side by side, then {@link InventoryAssembler}
 * joins them. Swarm lists are empty on an engine that is not a swarm manager.
 * <p>
 * The lists are read as JSON trees rather than docker-java's models: binding those deep model classes
 * the first time cost more CPU than the calls themselves, and the parallel calls queued on the one
 * lock Jackson builds deserializers under.
 */
final class InventoryReader {

    /** Every container, stopped ones included. */
    static final String CONTAINERS = "/containers/json?all=1";

    private final RawApi raw;
    private final ParallelCalls calls;
    private final Supplier<EngineInfo> cachedInfo;
    private final Supplier<EngineInfo> freshInfo;

    /**
     * @param cachedInfo the engine's version and info as last read
     * @param freshInfo  reads them again; called only when the swarm calls contradict the cached role,
     *                   because /version plus /info cost more than all the list calls together
     */
    InventoryReader(RawApi raw, ParallelCalls calls, Supplier<EngineInfo> cachedInfo, Supplier<EngineInfo> freshInfo) {
        this.raw = raw;
        this.calls = calls;
        this.cachedInfo = cachedInfo;
        this.freshInfo = freshInfo;
    }

    InventorySnapshot read() {
        Instant takenAt = Instant.now();
        var containers = calls.submit(() -> raw.list(CONTAINERS));
        var services = calls.submit(() -> SwarmCalls.listOrNull(() -> raw.list("/services")));
        var tasks = calls.submit(() -> SwarmCalls.listOrEmpty(() -> raw.list("/tasks")));
        var nodes = calls.submit(() -> SwarmCalls.listOrEmpty(() -> raw.list("/nodes")));
        var networks = calls.submit(() -> raw.list("/networks"));
        var secrets = calls.submit(() -> SwarmCalls.listOrEmpty(() -> raw.list("/secrets")));
        var configs = calls.submit(() -> SwarmCalls.listOrEmpty(this::configStacks));
        List<JsonNode> serviceList = calls.await(services);
        boolean manager = serviceList != null;
        EngineInfo engine = cachedInfo.get();
        if (engine == null || engine.swarmManager() != manager) {
            engine = freshInfo.get();
        }
        return InventoryAssembler.assemble(new InventoryLists(
                takenAt, engine, calls.await(containers), manager ? serviceList : List.of(), calls.await(tasks),
                calls.await(nodes), calls.await(networks), calls.await(secrets), calls.await(configs)));
    }

    private List<InventoryLists.NamedStackMember> configStacks() {
        List<InventoryLists.NamedStackMember> out = new ArrayList<>();
        for (JsonNode c : raw.get("/configs")) {
            JsonNode spec = c.path("Spec");
            out.add(InventoryLists.NamedStackMember.of(spec.path("Name").asText(), JsonFields.strings(spec.path("Labels"))));
        }
        return out;
    }
}
