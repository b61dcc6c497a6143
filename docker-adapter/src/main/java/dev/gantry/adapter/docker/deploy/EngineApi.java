package dev.gantry.adapter.docker.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.transport.DockerHttpClient;
import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.api.EngineException.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * JSON over the Engine API, through docker-java's transport. Swarm specs go through here as JSON
 * trees because docker-java's model classes lack fields the CLI sets (sysctls, ulimits,
 * capabilities, placement preferences), and a spec read back must round-trip unchanged.
 */
public final class EngineApi {

    static final ObjectMapper JSON = new ObjectMapper();

    private final DockerHttpClient http;

    public EngineApi(DockerHttpClient http) {
        this.http = http;
    }

    /** Uses the transport of a docker-java client built by {@code DockerClients}. */
    public static EngineApi of(DockerClient client) {
        if (client instanceof DockerClientImpl impl) {
            return new EngineApi(impl.getHttpClient());
        }
        throw new IllegalArgumentException("not a DockerClientImpl: " + client.getClass());
    }

    public JsonNode get(String path) {
        return call("GET", path, null);
    }

    public JsonNode post(String path, JsonNode body) {
        return call("POST", path, body);
    }

    public JsonNode delete(String path) {
        return call("DELETE", path, null);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** {"label":["k=v"]} as a URL-encoded filters parameter. */
    static String labelFilter(String label) {
        return "filters=" + encode("{\"label\":[\"" + label.replace("\"", "\\\"") + "\"]}");
    }

    private JsonNode call(String method, String path, JsonNode body) {
        DockerHttpClient.Request.Builder request = DockerHttpClient.Request.builder().method(method).path(path);
        try {
            if (body != null) {
                request.putHeader("Content-Type", "application/json").bodyBytes(JSON.writeValueAsBytes(body));
            }
            try (DockerHttpClient.Response response = http.execute(request.build())) {
                byte[] bytes = readAll(response.getBody());
                int status = response.getStatusCode();
                if (status / 100 == 2) {
                    return bytes.length == 0 ? MissingNode.getInstance() : JSON.readTree(bytes);
                }
                throw failure(method, path, status, bytes);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new EngineException(Kind.CONNECTION_LOST, "The connection to the engine failed during "
                    + method + " " + path + ": " + e.getMessage(), e);
        } catch (EngineException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new EngineException(Kind.NOT_LISTENING, "Cannot reach the engine: " + e.getMessage(), e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        if (in == null) {
            return new byte[0];
        }
        try (in) {
            return in.readAllBytes();
        }
    }

    static EngineException failure(String method, String path, int status, byte[] body) {
        String message = engineMessage(body);
        Kind kind = switch (status) {
            case 400 -> Kind.BAD_REQUEST;
            case 404 -> Kind.NOT_FOUND;
            case 409 -> Kind.CONFLICT;
            case 503 -> message.contains("not a swarm manager") ? Kind.NOT_SWARM_MANAGER : Kind.UNKNOWN;
            default -> isConflict(message) ? Kind.CONFLICT : isInvalid(message) ? Kind.BAD_REQUEST : Kind.UNKNOWN;
        };
        return new EngineException(kind, sentence(kind, message));
    }

    private static boolean isConflict(String message) {
        return message.contains("out of sequence") || message.contains("already exists")
                || message.contains("in use") || message.contains("active endpoints");
    }

    private static boolean isInvalid(String message) {
        return message.contains("InvalidArgument") || message.contains("invalid");
    }

    private static String sentence(Kind kind, String message) {
        String prefix = switch (kind) {
            case BAD_REQUEST -> "The engine rejected the request as invalid";
            case NOT_FOUND -> "The engine does not know it";
            case CONFLICT -> "The engine refused because of the current state";
            case NOT_SWARM_MANAGER -> "The engine is not a swarm manager";
            default -> "The engine failed";
        };
        return prefix + ": " + message;
    }

    private static String engineMessage(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).strip();
        try {
            JsonNode node = JSON.readTree(text);
            if (node != null && node.hasNonNull("message")) {
                return node.get("message").asText();
            }
        } catch (IOException notJson) {
            // the engine answered with plain text
        }
        return text.isEmpty() ? "(no message)" : text;
    }
}
