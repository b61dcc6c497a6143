package dev.gantry.adapter.docker;

import static dev.gantry.adapter.docker.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.adapter.api.ImageInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The engine's image list (GET /images/json) to {@link ImageInfo}, with the containers created from each. */
final class ImageMapper {

    /** What the engine lists for an untagged image. */
    private static final String NONE_TAG = "<none>:<none>";

    private ImageMapper() {
    }

    /** @param containers entries of GET /containers/json */
    static List<ImageInfo> map(List<JsonNode> images, List<JsonNode> containers) {
        Map<String, List<String>> users = new HashMap<>();
        for (JsonNode c : containers) {
            String imageId = text(c, "ImageID");
            if (imageId != null) {
                users.computeIfAbsent(imageId, k -> new ArrayList<>()).add(ContainerMapper.name(c.path("Names")));
            }
        }
        return images.stream()
                .map(i -> new ImageInfo(
                        text(i, "Id"),
                        tags(i.path("RepoTags")),
                        i.path("Size").asLong(0),
                        Times.ofEpochSeconds(JsonFields.longOrNull(i, "Created")),
                        JsonFields.strings(i.path("Labels")),
                        users.getOrDefault(text(i, "Id"), List.of()).stream().sorted().toList()))
                .sorted(Comparator.comparing((ImageInfo i) -> i.tags().isEmpty() ? "\uffff" : i.tags().get(0))
                        .thenComparing(ImageInfo::id))
                .toList();
    }

    static List<String> tags(JsonNode repoTags) {
        return JsonFields.elements(repoTags).stream()
                .map(t -> t.isNull() ? null : t.asText())
                .filter(t -> t != null && !t.equals(NONE_TAG))
                .sorted()
                .toList();
    }
}
