package dev.gantry.adapter.docker;

import static dev.gantry.adapter.docker.JsonFields.strings;
import static dev.gantry.adapter.docker.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.adapter.api.VolumeInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The engine's /system/df answer to {@link VolumeInfo}s. One df call carries every volume with its
 * size and every container with its mounts, which the plain volume list does not.
 */
final class VolumeMapper {

    private VolumeMapper() {
    }

    static List<VolumeInfo> fromDiskUsage(JsonNode df) {
        Map<String, List<String>> users = new HashMap<>();
        for (JsonNode c : df.path("Containers")) {
            String name = ContainerMapper.name(c.path("Names"));
            for (JsonNode m : c.path("Mounts")) {
                if ("volume".equals(m.path("Type").asText()) && m.hasNonNull("Name")) {
                    users.computeIfAbsent(m.get("Name").asText(), k -> new ArrayList<>()).add(name);
                }
            }
        }
        List<VolumeInfo> out = new ArrayList<>();
        for (JsonNode v : df.path("Volumes")) {
            String name = v.path("Name").asText();
            long size = v.path("UsageData").path("Size").asLong(-1);
            out.add(new VolumeInfo(
                    name,
                    text(v, "Driver"),
                    text(v, "Mountpoint"),
                    text(v, "Scope"),
                    Times.parse(text(v, "CreatedAt")),
                    size < 0 ? null : size,
                    strings(v.path("Labels")),
                    users.getOrDefault(name, List.of()).stream().sorted().toList()));
        }
        out.sort(Comparator.comparing(VolumeInfo::name));
        return out;
    }

}
