package dev.gantry.adapter.docker;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.core.DockerClientConfig;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Engine-shaped JSON written with single quotes, read as docker-java model objects (with docker-java's own
 * mapper) or as JSON trees.
 */
final class Fixtures {

    private static final ObjectMapper MAPPER = DockerClientConfig.getDefaultObjectMapper();

    private Fixtures() {
    }

    static <T> List<T> list(String json, Class<T> type) {
        try {
            JavaType listType = MAPPER.getTypeFactory().constructCollectionType(List.class, type);
            return MAPPER.readValue(json.replace('\'', '"'), listType);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The elements of a JSON array, as the raw list calls give them. */
    static List<JsonNode> json(String json) {
        try {
            return JsonFields.elements(RawApi.JSON.readTree(json.replace('\'', '"')));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T> T one(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json.replace('\'', '"'), type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
