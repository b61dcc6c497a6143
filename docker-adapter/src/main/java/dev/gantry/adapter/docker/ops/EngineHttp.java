package dev.gantry.adapter.docker.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.transport.DockerHttpClient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Raw JSON calls over docker-java's transport, for what the typed model cannot say losslessly.
 * Paths are unversioned, like docker-java's own: the engine answers with its API version.
 * An engine refusal becomes a docker-java {@link DockerException} carrying the HTTP status and the
 * engine's message, so it is translated like any other.
 */
final class EngineHttp {

    static final ObjectMapper MAPPER = new ObjectMapper();
    private final DockerHttpClient http;

    EngineHttp(DockerClient client) {
        if (!(client instanceof DockerClientImpl impl)) {
            throw new IllegalArgumentException("raw calls need a DockerClientImpl");
        }
        this.http = impl.getHttpClient();
    }

    JsonNode get(String path) {
        return call(DockerHttpClient.Request.Method.GET, path, null);
    }

    JsonNode post(String path, JsonNode body) {
        return call(DockerHttpClient.Request.Method.POST, path, body);
    }

    static String filters(Map<String, ?> filters) {
        try {
            return URLEncoder.encode(MAPPER.writeValueAsString(filters), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode call(DockerHttpClient.Request.Method method, String path, JsonNode body) {
        DockerHttpClient.Request.Builder request = DockerHttpClient.Request.builder().method(method).path(path);
        try {
            if (body != null) {
                request.putHeader("Content-Type", "application/json")
                        .body(new ByteArrayInputStream(MAPPER.writeValueAsBytes(body)));
            }
            try (DockerHttpClient.Response response = http.execute(request.build())) {
                byte[] bytes = response.getBody().readAllBytes();
                int status = response.getStatusCode();
                if (status >= 400) {
                    throw new DockerException(engineMessage(bytes, status), status);
                }
                return bytes.length == 0 ? MissingNode.getInstance() : MAPPER.readTree(bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String engineMessage(byte[] bytes, int status) {
        try {
            JsonNode node = MAPPER.readTree(bytes);
            if (node != null && node.hasNonNull("message")) {
                return node.get("message").asText();
            }
        } catch (IOException ignored) {
            // not JSON: use the text
        }
        String text = new String(bytes, StandardCharsets.UTF_8).strip();
        return text.isEmpty() ? "HTTP " + status : text;
    }
}
