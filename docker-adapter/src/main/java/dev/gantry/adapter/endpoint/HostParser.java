package dev.gantry.adapter.endpoint;

import dev.gantry.adapter.api.EngineException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Parses a docker host string the way the docker CLI's {@code opts.ParseHost} does: {@code unix://},
 * {@code npipe://}, {@code tcp://host[:port]}, a bare {@code host:port} (tcp) or a bare absolute path
 * (unix). A tcp address without a port gets 2375, as in the CLI. Hosts Gantry cannot reach
 * (ssh://, fd://) and anything malformed are refused with {@link EngineException.Kind#INVALID_ENDPOINT}.
 */
final class HostParser {

    static final String DEFAULT_UNIX_SOCKET = "/var/run/docker.sock";
    static final String DEFAULT_NAMED_PIPE = "//./pipe/docker_engine";
    private static final String DEFAULT_TCP_PORT = "2375";

    private HostParser() {
    }

    /**
     * @param value  the host as written (DOCKER_HOST, a context's Host, or the dialog's field)
     * @param origin where it was written, for the error sentence (e.g. "DOCKER_HOST")
     */
    static URI parse(String value, String origin) {
        String host = value == null ? "" : value.strip();
        if (host.isEmpty()) {
            throw invalid(origin + " is empty: enter an engine address such as unix:///var/run/docker.sock"
                    + " or tcp://host:2376.");
        }
        int sep = host.indexOf("://");
        String proto;
        String rest;
        if (sep < 0) {
            proto = host.startsWith("/") || host.startsWith("./") ? "unix" : "tcp";
            rest = host;
        } else {
            proto = host.substring(0, sep).toLowerCase(Locale.ROOT);
            rest = host.substring(sep + 3);
        }
        return switch (proto) {
            case "tcp" -> tcp(rest, value, origin);
            case "unix" -> simple("unix", rest, DEFAULT_UNIX_SOCKET, value, origin);
            case "npipe" -> simple("npipe", rest, DEFAULT_NAMED_PIPE, value, origin);
            case "ssh" -> throw invalid(origin + " \"" + value + "\" uses ssh://, which Gantry cannot connect"
                    + " through yet: expose the engine on a unix socket or on tcp:// with TLS.");
            case "fd" -> throw invalid(origin + " \"" + value + "\" uses fd://, which only works for the daemon"
                    + " itself: use unix:// or tcp://.");
            default -> throw invalid(origin + " \"" + value + "\" is not an engine address: use unix:///path,"
                    + " npipe:////./pipe/name or tcp://host:port.");
        };
    }

    private static URI simple(String proto, String path, String defaultPath, String value, String origin) {
        if (path.contains("://")) {
            throw invalid(origin + " \"" + value + "\" is not a valid " + proto + ":// address.");
        }
        String p = path.isEmpty() ? defaultPath : path;
        try {
            return new URI(proto, null, p, null);
        } catch (URISyntaxException e) {
            throw invalid(origin + " \"" + value + "\" is not a valid " + proto + ":// address: "
                    + e.getReason() + ".");
        }
    }

    private static URI tcp(String address, String value, String origin) {
        if (address.isEmpty()) {
            return URI.create("tcp://localhost:" + DEFAULT_TCP_PORT);
        }
        if (address.contains("://")) {
            throw invalid(origin + " \"" + value + "\" is not a valid tcp:// address.");
        }
        URI uri;
        try {
            uri = new URI("tcp://" + address);
        } catch (URISyntaxException e) {
            throw invalid(origin + " \"" + value + "\" is not a valid tcp:// address: " + e.getReason() + ".");
        }
        String hostName = uri.getHost();
        if (hostName == null || hostName.isEmpty()) {
            throw invalid(origin + " \"" + value + "\" has no usable host name: write it as tcp://host:port.");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw invalid(origin + " \"" + value + "\" must be just tcp://host:port.");
        }
        int port = uri.getPort();
        if (port == 0) {
            throw invalid(origin + " \"" + value + "\" has port 0: give the port the engine listens on.");
        }
        String portPart = port < 0 ? DEFAULT_TCP_PORT : Integer.toString(port);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        return URI.create("tcp://" + hostName + ":" + portPart + path);
    }

    private static EngineException invalid(String sentence) {
        return new EngineException(EngineException.Kind.INVALID_ENDPOINT, sentence);
    }
}
