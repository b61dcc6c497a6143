package dev.gantry.adapter.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.BadRequestException;
import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.transport.DockerHttpClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

/**
 * GET calls answered as JSON trees rather than docker-java's models: what docker-java does not model (or
 * models lossily), such as the raw inspect documents and /system/df, and the calls whose models cost more
 * to bind the first time than the call itself (the inventory's lists, /version and /info). Uses the
 * client's own transport and the negotiated API version.
 */
final class RawApi {

    static final ObjectMapper JSON = new ObjectMapper();

    private final DockerHttpClient http;
    private final Supplier<String> apiVersion;

    /** @param apiVersion the negotiated version ("1.41"), or null for the engine's own */
    RawApi(DockerClient client, Supplier<String> apiVersion) {
        if (!(client instanceof DockerClientImpl impl)) {
            throw new IllegalArgumentException("raw calls need a DockerClientImpl, got " + client.getClass());
        }
        this.http = impl.getHttpClient();
        this.apiVersion = apiVersion;
    }

    /** @param apiVersion the negotiated version ("1.41"), or null for the engine's own */
    RawApi(DockerHttpClient http, Supplier<String> apiVersion) {
        this.http = http;
        this.apiVersion = apiVersion;
    }

    /** @param path starting with "/", unversioned, already escaped */
    JsonNode get(String path) {
        String version = apiVersion.get();
        String full = version == null || version.isBlank() ? path : "/v" + version + path;
        DockerHttpClient.Request request = DockerHttpClient.Request.builder()
                .method(DockerHttpClient.Request.Method.GET)
                .path(full)
                .build();
        try (DockerHttpClient.Response response = http.execute(request)) {
            int status = response.getStatusCode();
            byte[] body = readAll(response.getBody());
            if (status < 200 || status > 299) {
                throw asDockerException(status, errorMessage(body));
            }
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A list call's answer: its elements, nothing when the engine answered with no array. */
    List<JsonNode> list(String path) {
        return JsonFields.elements(get(path));
    }

    /** The same exceptions docker-java's own calls throw, so {@link EngineErrors} treats both alike. */
    static DockerException asDockerException(int status, String message) {
        return switch (status) {
            case 400 -> new BadRequestException(message);
            case 404 -> new NotFoundException(message);
            case 409 -> new ConflictException(message);
            default -> new DockerException(message, status);
        };
    }

    /** The engine's errors are {"message": "..."}. */
    static String errorMessage(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        try {
            JsonNode node = JSON.readTree(body);
            if (node != null && node.hasNonNull("message")) {
                return node.get("message").asText();
            }
        } catch (IOException notJson) {
            // keep the text as it came
        }
        return text.strip();
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in == null ? new byte[0] : in.readAllBytes();
    }
}
