package dev.gantry.adapter.docker.ops;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.adapter.api.ops.KeptItem;
import dev.gantry.adapter.api.ops.PruneItem;
import dev.gantry.adapter.api.ops.PruneKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides from the engine's lists what a prune would remove and what stays, with the reason. Pure:
 * it works on the JSON of /containers/json?all, /images/json, /networks (inspected), /system/df
 * and /services, so it can be checked without an engine.
 */
final class PruneScanner {

    static final Set<String> PREDEFINED_NETWORKS = Set.of("bridge", "host", "none", "ingress", "docker_gwbridge");
    private static final Set<String> STOPPED = Set.of("created", "exited", "dead");

    record Scan(List<PruneItem> items, List<KeptItem> kept) {
    }

    record EngineState(JsonNode containers, JsonNode images, List<JsonNode> networks, JsonNode df, JsonNode services) {
    }

    private PruneScanner() {
    }

    static Scan scan(Set<PruneKind> kinds, EngineState s) {
        List<PruneItem> items = new ArrayList<>();
        List<KeptItem> kept = new ArrayList<>();
        if (kinds.contains(PruneKind.STOPPED_CONTAINERS)) {
            for (JsonNode c : s.containers()) {
                if (STOPPED.contains(c.path("State").asText())) {
                    items.add(new PruneItem(PruneKind.STOPPED_CONTAINERS, c.path("Id").asText(), containerName(c),
                            c.path("SizeRw").asLong(-1), epoch(c.path("Created"))));
                }
            }
        }
        if (kinds.contains(PruneKind.DANGLING_IMAGES) || kinds.contains(PruneKind.UNUSED_IMAGES)) {
            images(kinds.contains(PruneKind.UNUSED_IMAGES), s, items, kept);
        }
        if (kinds.contains(PruneKind.UNUSED_NETWORKS)) {
            networks(s, items, kept);
        }
        if (kinds.contains(PruneKind.UNUSED_VOLUMES)) {
            volumes(s, items, kept);
        }
        if (kinds.contains(PruneKind.BUILD_CACHE)) {
            for (JsonNode b : s.df().path("BuildCache")) {
                String id = b.path("ID").asText();
                String name = b.path("Type").asText("cache") + " " + shortId(id)
                        + (b.path("Description").asText("").isEmpty() ? "" : " (" + b.path("Description").asText() + ")");
                if (b.path("InUse").asBoolean()) {
                    kept.add(new KeptItem(PruneKind.BUILD_CACHE, id, name, "in use by a running build"));
                } else {
                    items.add(new PruneItem(PruneKind.BUILD_CACHE, id, name, b.path("Size").asLong(-1),
                            SpecJson.time(b, "CreatedAt")));
                }
            }
        }
        return new Scan(items, kept);
    }

    private static void images(boolean all, EngineState s, List<PruneItem> items, List<KeptItem> kept) {
        Map<String, String> usedBy = new HashMap<>();
        for (JsonNode c : s.containers()) {
            usedBy.putIfAbsent(c.path("ImageID").asText(), "used by container " + containerName(c));
        }
        Map<String, String> serviceImages = new HashMap<>();
        for (JsonNode svc : s.services()) {
            String image = SpecJson.imageWithoutDigest(SpecJson.text(svc, "Spec", "TaskTemplate", "ContainerSpec", "Image"));
            if (image != null) {
                serviceImages.putIfAbsent(image.contains(":") ? image : image + ":latest",
                        "used by service " + SpecJson.text(svc, "Spec", "Name"));
            }
        }
        for (JsonNode img : s.images()) {
            String id = img.path("Id").asText();
            List<String> tags = new ArrayList<>();
            img.path("RepoTags").forEach(t -> {
                if (!"<none>:<none>".equals(t.asText())) {
                    tags.add(t.asText());
                }
            });
            boolean dangling = tags.isEmpty();
            if (!all && !dangling) {
                continue;
            }
            String name = dangling ? "<none> " + shortId(id.replace("sha256:", "")) : String.join(", ", tags);
            String reason = usedBy.get(id);
            if (reason == null) {
                reason = tags.stream().map(serviceImages::get).filter(r -> r != null).findFirst().orElse(null);
            }
            PruneKind kind = dangling ? PruneKind.DANGLING_IMAGES : PruneKind.UNUSED_IMAGES;
            if (reason != null) {
                kept.add(new KeptItem(kind, id, name, reason));
            } else {
                items.add(new PruneItem(kind, id, name, img.path("Size").asLong(-1), epoch(img.path("Created"))));
            }
        }
    }

    private static void networks(EngineState s, List<PruneItem> items, List<KeptItem> kept) {
        Map<String, String> serviceUse = new HashMap<>();
        for (JsonNode svc : s.services()) {
            for (JsonNode n : SpecJson.at(svc, "Spec", "TaskTemplate", "Networks")) {
                serviceUse.putIfAbsent(n.path("Target").asText(), "used by service " + SpecJson.text(svc, "Spec", "Name"));
            }
            for (JsonNode vip : SpecJson.at(svc, "Endpoint", "VirtualIPs")) {
                serviceUse.putIfAbsent(vip.path("NetworkID").asText(), "used by service " + SpecJson.text(svc, "Spec", "Name"));
            }
        }
        for (JsonNode n : s.networks()) {
            String id = n.path("Id").asText();
            String name = n.path("Name").asText();
            String reason = null;
            if (PREDEFINED_NETWORKS.contains(name)) {
                reason = "predefined by the engine";
            } else if (n.path("Containers").size() > 0) {
                JsonNode first = n.path("Containers").elements().next();
                reason = "used by container " + first.path("Name").asText("?")
                        + (n.path("Containers").size() > 1 ? " and " + (n.path("Containers").size() - 1) + " more" : "");
            } else if (serviceUse.containsKey(id) || serviceUse.containsKey(name)) {
                reason = serviceUse.getOrDefault(id, serviceUse.get(name));
            }
            if (reason != null) {
                if (!PREDEFINED_NETWORKS.contains(name)) {
                    kept.add(new KeptItem(PruneKind.UNUSED_NETWORKS, id, name, reason));
                }
            } else {
                items.add(new PruneItem(PruneKind.UNUSED_NETWORKS, id, name, -1, SpecJson.time(n, "Created")));
            }
        }
    }

    private static void volumes(EngineState s, List<PruneItem> items, List<KeptItem> kept) {
        Map<String, String> usedBy = new HashMap<>();
        for (JsonNode c : s.containers()) {
            for (JsonNode m : c.path("Mounts")) {
                if ("volume".equals(m.path("Type").asText())) {
                    usedBy.putIfAbsent(m.path("Name").asText(), "used by container " + containerName(c));
                }
            }
        }
        for (JsonNode v : s.df().path("Volumes")) {
            String name = v.path("Name").asText();
            String reason = usedBy.get(name);
            if (reason == null && v.path("UsageData").path("RefCount").asLong(0) > 0) {
                reason = "used by a container";
            }
            if (reason != null) {
                kept.add(new KeptItem(PruneKind.UNUSED_VOLUMES, name, name, reason));
            } else {
                items.add(new PruneItem(PruneKind.UNUSED_VOLUMES, name, name, v.path("UsageData").path("Size").asLong(-1),
                        SpecJson.time(v, "CreatedAt")));
            }
        }
    }

    static String containerName(JsonNode c) {
        JsonNode names = c.path("Names");
        return names.size() > 0 ? names.get(0).asText().replaceFirst("^/", "") : shortId(c.path("Id").asText());
    }

    private static Instant epoch(JsonNode seconds) {
        return seconds.isNumber() ? Instant.ofEpochSecond(seconds.asLong()) : null;
    }

    static String shortId(String id) {
        return id == null ? "?" : id.substring(0, Math.min(12, id.length()));
    }
}
