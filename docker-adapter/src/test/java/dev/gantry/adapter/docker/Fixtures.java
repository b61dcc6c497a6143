package dev.gantry.adapter.docker;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.core.DockerClientConfig;
import java.io.UncheckedIOException;
import java.util.List;

/** docker-java model objects read from engine-shaped JSON with docker-java's own mapper. */
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

    static <T> T one(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json.replace('\'', '"'), type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
