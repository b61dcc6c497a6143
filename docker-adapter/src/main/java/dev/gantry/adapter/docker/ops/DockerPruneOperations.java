package dev.gantry.adapter.docker.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.api.DockerClient;
import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.api.ops.PruneItem;
import dev.gantry.adapter.api.ops.PruneKind;
import dev.gantry.adapter.api.ops.PruneOperations;
import dev.gantry.adapter.api.ops.PrunePreview;
import dev.gantry.adapter.api.ops.PruneReport;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Prune with an exact preview: the preview lists items; removal deletes exactly those, one by one
 * by id, after checking each is still unused. Never calls the engine's blanket prune endpoints
 * (the build cache is removed with an id filter, one record per call).
 */
final class DockerPruneOperations implements PruneOperations {

    private final DockerClient client;
    private final EngineHttp http;
    private final OpsErrors errors;

    DockerPruneOperations(DockerClient client, EngineHttp http, OpsErrors errors) {
        this.client = client;
        this.http = http;
        this.errors = errors;
    }

    @Override
    public PrunePreview preview(Set<PruneKind> kinds) {
        Set<PruneKind> k = kinds.isEmpty() ? EnumSet.noneOf(PruneKind.class) : EnumSet.copyOf(kinds);
        try {
            PruneScanner.Scan scan = PruneScanner.scan(k, state(k));
            return new PrunePreview(k, Instant.now(), scan.items(), scan.kept());
        } catch (RuntimeException e) {
            throw errors.translate(e, "preview", "the prune");
        }
    }

    private PruneScanner.EngineState state(Set<PruneKind> k) {
        JsonNode containers = http.get("/containers/json?all=true&size=" + k.contains(PruneKind.STOPPED_CONTAINERS));
        JsonNode images = k.contains(PruneKind.DANGLING_IMAGES) || k.contains(PruneKind.UNUSED_IMAGES)
                ? http.get("/images/json") : EngineHttp.MAPPER.createArrayNode();
        List<JsonNode> networks = new ArrayList<>();
        if (k.contains(PruneKind.UNUSED_NETWORKS)) {
            for (JsonNode n : http.get("/networks")) {
                try {
                    networks.add(http.get("/networks/" + n.path("Id").asText()));
                } catch (RuntimeException e) {
                    if (!OpsErrors.isNotFound(e)) {
                        throw e;
                    }
                }
            }
        }
        JsonNode df = k.contains(PruneKind.UNUSED_VOLUMES) || k.contains(PruneKind.BUILD_CACHE)
                ? http.get("/system/df") : EngineHttp.MAPPER.createObjectNode();
        JsonNode services;
        try {
            services = http.get("/services");
        } catch (RuntimeException e) {
            services = EngineHttp.MAPPER.createArrayNode(); // not a swarm manager: no services to protect
        }
        return new PruneScanner.EngineState(containers, images, networks, df, services);
    }

    @Override
    public PruneReport remove(PrunePreview preview) {
        List<PruneItem> removed = new ArrayList<>();
        List<PruneReport.Outcome> skipped = new ArrayList<>();
        List<PruneReport.Outcome> failed = new ArrayList<>();
        long reclaimed = 0;
        // containers first, so images and networks they held become free (as the engine's own prune does)
        List<PruneItem> ordered = new ArrayList<>(preview.items());
        ordered.sort((a, b) -> Integer.compare(a.kind().ordinal(), b.kind().ordinal()));
        for (PruneItem item : ordered) {
            try {
                String inUse = inUseNow(item);
                if (inUse != null) {
                    skipped.add(new PruneReport.Outcome(item, inUse));
                    continue;
                }
                long freed = removeOne(item);
                removed.add(item);
                reclaimed += Math.max(0, freed);
            } catch (KeptByEngine e) {
                failed.add(new PruneReport.Outcome(item, e.getMessage()));
            } catch (RuntimeException e) {
                if (OpsErrors.isNotFound(e)) {
                    failed.add(new PruneReport.Outcome(item, "already gone"));
                    continue;
                }
                EngineException ee = errors.translate(e, "remove", describe(item));
                failed.add(new PruneReport.Outcome(item, ee.getMessage()));
            }
        }
        return new PruneReport(removed, skipped, failed, reclaimed);
    }

    /** Why the item may not go now, or null. */
    private String inUseNow(PruneItem item) {
        switch (item.kind()) {
            case STOPPED_CONTAINERS -> {
                JsonNode c = http.get("/containers/" + item.id() + "/json");
                String state = c.path("State").path("Status").asText();
                return "running".equals(state) || "paused".equals(state) || "restarting".equals(state)
                        ? "started since the preview (" + state + ")" : null;
            }
            case DANGLING_IMAGES, UNUSED_IMAGES -> {
                JsonNode users = http.get("/containers/json?all=true&filters="
                        + EngineHttp.filters(Map.of("ancestor", List.of(item.id()))));
                return users.size() > 0 ? "now used by container " + PruneScanner.containerName(users.get(0)) : null;
            }
            case UNUSED_NETWORKS -> {
                JsonNode n = http.get("/networks/" + item.id());
                if (n.path("Containers").size() > 0) {
                    return "now used by container " + n.path("Containers").elements().next().path("Name").asText("?");
                }
                return null;
            }
            case UNUSED_VOLUMES -> {
                JsonNode users = http.get("/containers/json?all=true&filters="
                        + EngineHttp.filters(Map.of("volume", List.of(item.id()))));
                return users.size() > 0 ? "now used by container " + PruneScanner.containerName(users.get(0)) : null;
            }
            default -> {
                return null;
            }
        }
    }

    /** Removes one item by id; returns the space freed as far as known. */
    private long removeOne(PruneItem item) {
        switch (item.kind()) {
            case STOPPED_CONTAINERS -> client.removeContainerCmd(item.id()).withForce(false).exec();
            case DANGLING_IMAGES, UNUSED_IMAGES -> removeImage(item);
            case UNUSED_NETWORKS -> client.removeNetworkCmd(item.id()).exec();
            case UNUSED_VOLUMES -> client.removeVolumeCmd(item.id()).exec();
            case BUILD_CACHE -> {
                JsonNode r = http.post("/build/prune?filters=" + EngineHttp.filters(Map.of("id", List.of(item.id()))), null);
                boolean deleted = false;
                for (JsonNode id : r.path("CachesDeleted")) {
                    deleted |= id.asText().equals(item.id());
                }
                if (!deleted) {
                    throw new KeptByEngine("the engine kept it: it is still referenced (by an image or another cache record)");
                }
                return r.path("SpaceReclaimed").asLong(item.sizeBytes());
            }
            default -> throw new IllegalStateException(item.kind().name());
        }
        return item.sizeBytes();
    }

    /**
     * An image with several tags is refused by id ("referenced in multiple repositories"); no
     * container uses it (checked just before), so removing it with force only untags and deletes it.
     */
    private void removeImage(PruneItem item) {
        try {
            client.removeImageCmd(item.id()).withForce(false).exec();
        } catch (com.github.dockerjava.api.exception.ConflictException e) {
            if (OpsErrors.engineText(e).contains("multiple repositories")) {
                client.removeImageCmd(item.id()).withForce(true).exec();
            } else {
                throw e;
            }
        }
    }

    private static String describe(PruneItem item) {
        return switch (item.kind()) {
            case STOPPED_CONTAINERS -> "container " + item.name();
            case DANGLING_IMAGES, UNUSED_IMAGES -> "image " + item.name();
            case UNUSED_NETWORKS -> "network " + item.name();
            case UNUSED_VOLUMES -> "volume " + item.name();
            case BUILD_CACHE -> "build cache " + item.name();
        };
    }

    /** The engine answered without error but did not remove the item. */
    private static final class KeptByEngine extends RuntimeException {
        KeptByEngine(String message) {
            super(message);
        }
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
