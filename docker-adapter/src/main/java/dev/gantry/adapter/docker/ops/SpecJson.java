package dev.gantry.adapter.docker.ops;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Small readers for the engine's JSON. */
final class SpecJson {

    private SpecJson() {
    }

    static String text(JsonNode node, String... path) {
        JsonNode n = at(node, path);
        return n.isMissingNode() || n.isNull() ? null : n.asText();
    }

    static JsonNode at(JsonNode node, String... path) {
        JsonNode n = node;
        for (String p : path) {
            n = n.path(p);
        }
        return n;
    }

    static Instant time(JsonNode node, String... path) {
        String s = text(node, path);
        if (s == null || s.isEmpty() || s.startsWith("0001-")) {
            return null;
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** An image reference without its @sha256 digest (the engine pins digests where it can). */
    static String imageWithoutDigest(String image) {
        if (image == null) {
            return null;
        }
        int at = image.indexOf('@');
        return at >= 0 ? image.substring(0, at) : image;
    }
}
