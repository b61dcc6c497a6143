package dev.gantry.adapter.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One local image.
 *
 * @param tags       repo:tag names; empty for a dangling image
 * @param sizeBytes  the image's size on disk, shared layers included
 * @param containers names of the containers (running or not) created from it; empty when unused
 */
public record ImageInfo(String id, List<String> tags, long sizeBytes, Instant createdAt,
                        Map<String, String> labels, List<String> containers) {

    public ImageInfo {
        tags = List.copyOf(tags);
        labels = Map.copyOf(labels);
        containers = List.copyOf(containers);
    }

    public boolean inUse() {
        return !containers.isEmpty();
    }

    public boolean dangling() {
        return tags.isEmpty();
    }
}
