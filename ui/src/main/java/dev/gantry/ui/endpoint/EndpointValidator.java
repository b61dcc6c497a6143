package dev.gantry.ui.endpoint;

import dev.gantry.adapter.api.EndpointProfile;
import dev.gantry.adapter.api.TlsMaterial;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks the endpoint dialog's input before anything is saved or connected. Every problem is one
 * sentence that says what is wrong and where. Pure apart from looking at the named files.
 */
public final class EndpointValidator {

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1", "[::1]");

    private EndpointValidator() {
    }

    /** The outcome: a profile ready to connect, or the problems found. */
    public record Result(EndpointProfile profile, List<String> problems) {
        public Result {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * @param takenNames names of the other endpoints (the one being edited excluded)
     */
    public static Result validate(EndpointForm f, Collection<String> takenNames) {
        List<String> problems = new ArrayList<>();
        String name = f.name() == null ? "" : f.name().trim();
        if (name.isEmpty()) {
            problems.add("Name: give the endpoint a name.");
        } else if (takenNames.contains(name)) {
            problems.add("Name: another endpoint is already called \"" + name + "\".");
        }
        URI uri = parseHost(f.host(), problems);
        TlsMaterial tls = null;
        if (uri != null) {
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            boolean tcp = scheme.equals("tcp") || scheme.equals("https");
            if (tcp && f.useTls()) {
                Path ca = file("CA certificate", f.caCert(), f.verifyServer(), problems);
                Path cert = file("Client certificate", f.clientCert(), true, problems);
                Path key = file("Client key", f.clientKey(), true, problems);
                tls = new TlsMaterial(ca, cert, key, f.verifyServer());
            } else if (tcp && !isLoopback(uri.getHost()) && !f.allowPlainRemote()) {
                problems.add("Host: " + uri + " is another machine and the connection would not be encrypted. "
                        + "Use TLS, or tick \"Allow unencrypted connection\" if this network is trusted.");
            }
        }
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        return new Result(new EndpointProfile(name, uri, tls, f.allowPlainRemote(), EndpointProfile.Source.USER), List.of());
    }

    static URI parseHost(String raw, List<String> problems) {
        String host = raw == null ? "" : raw.trim();
        if (host.isEmpty()) {
            problems.add("Host: enter an address such as unix:///var/run/docker.sock or tcp://host:2376.");
            return null;
        }
        URI uri;
        try {
            uri = new URI(host);
        } catch (URISyntaxException e) {
            problems.add("Host: \"" + host + "\" is not an address (" + e.getReason()
                    + "). Use unix:///path, npipe:////./pipe/name or tcp://host:port.");
            return null;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        switch (scheme) {
            case "unix", "npipe" -> {
                if (uri.getPath() == null || uri.getPath().isBlank()) {
                    problems.add("Host: " + host + " names no socket path; write it as " + scheme + ":///path.");
                    return null;
                }
            }
            case "tcp", "https" -> {
                if (uri.getHost() == null || uri.getPort() <= 0) {
                    problems.add("Host: \"" + host + "\" needs a host name and a port, e.g. tcp://docker.example.org:2376.");
                    return null;
                }
            }
            case "ssh" -> {
                problems.add("Host: ssh:// endpoints are not supported yet; use tcp:// with TLS.");
                return null;
            }
            default -> {
                problems.add("Host: \"" + host + "\" is not an address Gantry can use. "
                        + "Use unix:///path, npipe:////./pipe/name or tcp://host:port.");
                return null;
            }
        }
        return uri;
    }

    static boolean isLoopback(String host) {
        return host != null && LOOPBACK.contains(host.toLowerCase(Locale.ROOT));
    }

    private static Path file(String what, String raw, boolean required, List<String> problems) {
        if (raw == null || raw.isBlank()) {
            if (required) {
                problems.add(what + ": choose the file.");
            }
            return null;
        }
        Path p;
        try {
            p = Path.of(raw.trim());
        } catch (InvalidPathException e) {
            problems.add(what + ": \"" + raw + "\" is not a file path.");
            return null;
        }
        if (!Files.isRegularFile(p)) {
            problems.add(what + ": " + p + " does not exist.");
        } else if (!Files.isReadable(p)) {
            problems.add(what + ": " + p + " cannot be read (permissions).");
        }
        return p;
    }
}
