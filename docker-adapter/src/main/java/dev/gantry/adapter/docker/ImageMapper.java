package dev.gantry.adapter.docker;

import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Image;
import dev.gantry.adapter.api.ImageInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** docker-java's images to {@link ImageInfo}, with the containers created from each. */
final class ImageMapper {

    /** What the engine lists for an untagged image. */
    private static final String NONE_TAG = "<none>:<none>";

    private ImageMapper() {
    }

    static List<ImageInfo> map(List<Image> images, List<Container> containers) {
        Map<String, List<String>> users = new HashMap<>();
        for (Container c : containers) {
            if (c.getImageId() != null) {
                users.computeIfAbsent(c.getImageId(), k -> new ArrayList<>()).add(ContainerMapper.name(c.getNames()));
            }
        }
        return images.stream()
                .map(i -> new ImageInfo(
                        i.getId(),
                        tags(i.getRepoTags()),
                        i.getSize() == null ? 0 : i.getSize(),
                        Times.ofEpochSeconds(i.getCreated()),
                        i.getLabels() == null ? Map.of() : i.getLabels(),
                        users.getOrDefault(i.getId(), List.of()).stream().sorted().toList()))
                .sorted(Comparator.comparing((ImageInfo i) -> i.tags().isEmpty() ? "\uffff" : i.tags().get(0))
                        .thenComparing(ImageInfo::id))
                .toList();
    }

    static List<String> tags(String[] repoTags) {
        if (repoTags == null) {
            return List.of();
        }
        return Arrays.stream(repoTags).filter(t -> t != null && !t.equals(NONE_TAG)).sorted().toList();
    }
}
