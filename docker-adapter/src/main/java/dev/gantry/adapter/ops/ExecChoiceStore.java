package dev.gantry.adapter.ops;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers the last exec-restart choice per service and image, in a small JSON file the app
 * chooses. The key is "SERVICE@IMAGE" with the image's digest stripped, so a new digest of the
 * same tag keeps the choice.
 */
public final class ExecChoiceStore {

    private static final Logger LOG = LoggerFactory.getLogger(ExecChoiceStore.class);
    private final Path file;

    public ExecChoiceStore(Path file) {
        this.file = file;
    }

    public static String key(String service, String image) {
        String img = image == null ? "" : image;
        int at = img.indexOf('@');
        return service + "@" + (at >= 0 ? img.substring(0, at) : img);
    }

    public synchronized Optional<ExecChoice> get(String service, String image) {
        return Optional.ofNullable(load().get(key(service, image)));
    }

    public synchronized void put(String service, String image, ExecChoice choice) {
        Map<String, ExecChoice> all = load();
        all.put(key(service, image), choice);
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), all);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the exec-restart choices to " + file + ": " + e.getMessage(), e);
        }
    }

    private Map<String, ExecChoice> load() {
        if (!Files.exists(file)) {
            return new TreeMap<>();
        }
        try {
            return new TreeMap<>(Json.MAPPER.readValue(file.toFile(), new TypeReference<Map<String, ExecChoice>>() { }));
        } catch (IOException e) {
            LOG.warn("Ignoring unreadable exec-restart choices {}: {}", file, e.getMessage());
            return new TreeMap<>();
        }
    }
}
