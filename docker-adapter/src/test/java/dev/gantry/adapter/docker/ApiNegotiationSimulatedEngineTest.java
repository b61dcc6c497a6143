package dev.gantry.adapter.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.gantry.adapter.api.EndpointProfile;
import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.api.EngineInfo;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Negotiation against engines the test bench cannot run (it has dockerd 20.10 only): a tiny HTTP
 * server that answers /version, /_ping and /info and refuses versioned paths the way Docker 25+
 * does ("client version X is too old. Minimum supported API version is Y"). This simulates the
 * protocol, not Docker's behaviour; the real negotiation (1.41) is proven in UnixSocketConnectionTest.
 */
class ApiNegotiationSimulatedEngineTest {

    private static final Pattern VERSIONED = Pattern.compile("^/v(\\d+\\.\\d+)(/.*)$");

    private HttpServer server;
    private final List<String> paths = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void docker29GetsGantrysMaximumWhichItAccepts() throws IOException {
        EngineInfo info = new DockerEngineConnector().test(engine("1.52", "1.44"));
        assertEquals("1.44", info.negotiatedApiVersion());
        assertEquals("1.52", info.serverApiVersion());
        assertTrue(paths.contains("/v1.44/info"), paths.toString());
    }

    @Test
    void anEngineWhoseMinimumIsAboveGantrysMaximumIsRetriedAtTheVersionItNames() throws IOException {
        EngineInfo info = new DockerEngineConnector().test(engine("1.53", "1.45"));
        assertEquals("1.45", info.negotiatedApiVersion());
        assertTrue(paths.contains("/v1.45/info"), paths.toString());
    }

    @Test
    void anEngineBelowTheMinimumIsRefusedAsApiTooOld() throws IOException {
        EngineException e = assertThrows(EngineException.class,
                () -> new DockerEngineConnector().test(engine("1.39", "1.12")));
        assertEquals(EngineException.Kind.API_TOO_OLD, e.kind());
        assertTrue(e.getMessage().contains("1.39"), e.getMessage());
        assertEquals(List.of("/version"), paths, "only the unversioned /version was asked");
    }

    private EndpointProfile engine(String apiVersion, String minApiVersion) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> answer(exchange, apiVersion, minApiVersion));
        server.start();
        return new EndpointProfile("simulated", URI.create("tcp://127.0.0.1:" + server.getAddress().getPort()), null,
                false, EndpointProfile.Source.USER);
    }

    private void answer(HttpExchange exchange, String apiVersion, String minApiVersion) throws IOException {
        String path = exchange.getRequestURI().getPath();
        paths.add(path);
        String endpoint = path;
        Matcher m = VERSIONED.matcher(path);
        if (m.matches()) {
            if (ApiVersion.of(m.group(1)).compareTo(ApiVersion.of(minApiVersion)) < 0) {
                send(exchange, 400, "{\"message\":\"client version " + m.group(1) + " is too old. Minimum supported"
                        + " API version is " + minApiVersion + ", please upgrade your client to a newer version\"}");
                return;
            }
            endpoint = m.group(2);
        }
        switch (endpoint) {
            case "/_ping" -> send(exchange, 200, "OK");
            case "/version" -> send(exchange, 200, "{\"Version\":\"99.0.0\",\"ApiVersion\":\"" + apiVersion
                    + "\",\"MinAPIVersion\":\"" + minApiVersion + "\",\"Os\":\"linux\",\"Arch\":\"amd64\"}");
            case "/info" -> send(exchange, 200, "{\"Name\":\"simulated\",\"NCPU\":2,\"MemTotal\":1024,"
                    + "\"OSType\":\"linux\",\"Swarm\":{\"LocalNodeState\":\"inactive\",\"ControlAvailable\":false}}");
            default -> send(exchange, 404, "{\"message\":\"page not found\"}");
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", body.startsWith("{") ? "application/json" : "text/plain");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
