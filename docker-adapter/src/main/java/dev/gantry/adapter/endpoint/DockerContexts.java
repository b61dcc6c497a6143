package dev.gantry.adapter.endpoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.adapter.api.DockerContextEntry;
import dev.gantry.adapter.api.EndpointProfile;
import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.api.TlsMaterial;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the docker CLI's context store as the CLI does: {@code config.json}'s
 * {@code currentContext}; {@code contexts/meta/<sha256(name)>/meta.json} for the name, description,
 * {@code Endpoints.docker.Host} and {@code SkipTLSVerify}; and
 * {@code contexts/tls/<sha256(name)>/docker/{ca,cert,key}.pem}. The context "default" is not stored:
 * it is DOCKER_HOST or the platform default ({@link Endpoints#defaultContext}).
 *
 * <p>Every method takes the config directory and environment, so nothing reads the user's own
 * files unless the caller passes them.
 */
public final class DockerContexts {

    private static final Logger LOG = LoggerFactory.getLogger(DockerContexts.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private DockerContexts() {
    }

    /** The directory name the CLI stores a context under: the hex SHA-256 of its name. */
    public static String contextId(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /**
     * {@code currentContext} from config.json, when set. A missing config.json means none; an
     * unreadable one is ignored with a warning, as the docker CLI does.
     */
    public static Optional<String> configuredCurrentContext(Path configDir) {
        Path file = configDir.resolve("config.json");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode current = JSON.readTree(file.toFile()).path("currentContext");
            return current.isTextual() && !current.asText().isEmpty() ? Optional.of(current.asText()) : Optional.empty();
        } catch (IOException e) {
            LOG.warn("Ignoring {}: it is not valid JSON ({})", file, e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * The endpoint of the context with this name.
     *
     * @param chosenBy how the name was chosen, for the error ("DOCKER_CONTEXT", "config.json currentContext", ...)
     * @throws UnknownContextException when no such context is stored
     * @throws EngineException INVALID_ENDPOINT when its metadata cannot be used
     */
    public static EndpointProfile load(String name, Map<String, String> env, Path configDir, String chosenBy) {
        if (Endpoints.DEFAULT_CONTEXT.equals(name)) {
            return Endpoints.defaultContext(env, configDir).withName(Endpoints.DEFAULT_CONTEXT);
        }
        Path meta = metaFile(configDir, name);
        if (!Files.isRegularFile(meta)) {
            throw new UnknownContextException(name, configDir, chosenBy);
        }
        return fromMeta(name, meta, configDir).profile();
    }

    public static EndpointProfile load(String name, Map<String, String> env, Path configDir) {
        return load(name, env, configDir, "asked for");
    }

    /**
     * All contexts: "default" first, then the stored ones by name. Contexts whose metadata cannot
     * be used are listed with a problem sentence instead of a profile.
     */
    public static List<DockerContextEntry> list(Map<String, String> env, Path configDir) {
        String current = EndpointResolver.currentContextName(env, configDir).name();
        List<DockerContextEntry> entries = new ArrayList<>();
        entries.add(defaultEntry(env, configDir, current));
        Path metaRoot = configDir.resolve("contexts").resolve("meta");
        if (Files.isDirectory(metaRoot)) {
            try (Stream<Path> dirs = Files.list(metaRoot)) {
                dirs.map(dir -> dir.resolve("meta.json"))
                        .filter(Files::isRegularFile)
                        .map(meta -> entry(meta, configDir, current))
                        .sorted(Comparator.comparing(DockerContextEntry::name))
                        .forEach(entries::add);
            } catch (IOException e) {
                throw new EngineException(EngineException.Kind.INVALID_ENDPOINT,
                        "Cannot read the docker contexts in " + metaRoot + ": " + e.getMessage() + ".", e);
            }
        }
        return List.copyOf(entries);
    }

    private static DockerContextEntry defaultEntry(Map<String, String> env, Path configDir, String current) {
        String description = "Current DOCKER_HOST based configuration";
        boolean isCurrent = Endpoints.DEFAULT_CONTEXT.equals(current);
        try {
            EndpointProfile profile = Endpoints.defaultContext(env, configDir).withName(Endpoints.DEFAULT_CONTEXT);
            return new DockerContextEntry(Endpoints.DEFAULT_CONTEXT, description, profile, null, isCurrent);
        } catch (EngineException e) {
            return new DockerContextEntry(Endpoints.DEFAULT_CONTEXT, description, null, e.getMessage(), isCurrent);
        }
    }

    private static DockerContextEntry entry(Path meta, Path configDir, String current) {
        String dirName = meta.getParent().getFileName().toString();
        try {
            Loaded loaded = fromMeta(null, meta, configDir);
            return new DockerContextEntry(loaded.name(), loaded.description(), loaded.profile(), null,
                    loaded.name().equals(current));
        } catch (EngineException e) {
            return new DockerContextEntry(dirName, "", null, e.getMessage(), false);
        }
    }

    private record Loaded(String name, String description, EndpointProfile profile) {
    }

    private static Loaded fromMeta(String expectedName, Path meta, Path configDir) {
        JsonNode root;
        try {
            root = JSON.readTree(meta.toFile());
        } catch (IOException e) {
            throw new EngineException(EngineException.Kind.INVALID_ENDPOINT, "The docker context metadata " + meta
                    + " is not valid JSON: " + e.getMessage() + ".", e);
        }
        String name = root.path("Name").asText("");
        if (name.isEmpty()) {
            throw new EngineException(EngineException.Kind.INVALID_ENDPOINT,
                    "The docker context metadata " + meta + " has no Name.");
        }
        if (expectedName != null && !expectedName.equals(name)) {
            throw new EngineException(EngineException.Kind.INVALID_ENDPOINT, "The docker context metadata " + meta
                    + " names \"" + name + "\", not \"" + expectedName + "\".");
        }
        if (!contextId(name).equals(meta.getParent().getFileName().toString())) {
            throw new EngineException(EngineException.Kind.INVALID_ENDPOINT, "The docker context \"" + name
                    + "\" is stored under the wrong directory " + meta.getParent() + ".");
        }
        String description = root.path("Metadata").path("Description").asText("");
        JsonNode docker = root.path("Endpoints").path("docker");
        if (!docker.isObject()) {
            throw new EngineException(EngineException.Kind.INVALID_ENDPOINT,
                    "The docker context \"" + name + "\" has no docker endpoint (" + meta + ").");
        }
        String hostText = docker.path("Host").asText("");
        URI host = hostText.isEmpty() ? Endpoints.platformDefault().host()
                : HostParser.parse(hostText, "The docker context \"" + name + "\" host");
        boolean skipVerify = docker.path("SkipTLSVerify").asBoolean(false);
        TlsMaterial tls = "tcp".equals(host.getScheme()) ? tls(configDir, name, skipVerify) : null;
        return new Loaded(name, description, new EndpointProfile(name, host, tls, false, EndpointProfile.Source.CONTEXT));
    }

    /**
     * As the CLI: TLS when the context stores any TLS file or skips verification; a client
     * certificate only with both cert.pem and key.pem. A lone cert.pem or key.pem keeps both paths,
     * so the pre-connect check names the missing one; a missing ca.pem with verification on keeps
     * its expected path for the same reason.
     */
    private static TlsMaterial tls(Path configDir, String name, boolean skipVerify) {
        Path dir = configDir.resolve("contexts").resolve("tls").resolve(contextId(name)).resolve("docker");
        Path ca = dir.resolve("ca.pem");
        Path cert = dir.resolve("cert.pem");
        Path key = dir.resolve("key.pem");
        boolean hasCa = Files.exists(ca);
        boolean hasCert = Files.exists(cert);
        boolean hasKey = Files.exists(key);
        if (!hasCa && !hasCert && !hasKey && !skipVerify) {
            return null;
        }
        boolean clientCert = hasCert || hasKey;
        return new TlsMaterial(hasCa || !skipVerify ? ca : null, clientCert ? cert : null, clientCert ? key : null,
                !skipVerify);
    }

    private static Path metaFile(Path configDir, String name) {
        return configDir.resolve("contexts").resolve("meta").resolve(contextId(name)).resolve("meta.json");
    }
}
