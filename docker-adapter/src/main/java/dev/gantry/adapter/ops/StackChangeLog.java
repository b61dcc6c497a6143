package dev.gantry.adapter.ops;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.gantry.adapter.api.ops.StackChange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Gantry last changed in each stack: the services of the last deploy or update made through
 * Gantry, so a stack rollback rolls back exactly those. Kept in memory, and in a JSON file
 * ({stack: {stack, time, serviceNames}}) when the app gives a path, so it survives a restart.
 * The engine keeps each service's PreviousSpec; this record only says which services to roll back.
 */
public final class StackChangeLog {

    private static final Logger LOG = LoggerFactory.getLogger(StackChangeLog.class);
    private final Path file;
    private final Map<String, StackChange> changes = new ConcurrentHashMap<>();

    private StackChangeLog(Path file) {
        this.file = file;
        if (file != null && Files.exists(file)) {
            try {
                changes.putAll(Json.MAPPER.readValue(file.toFile(), new TypeReference<Map<String, StackChange>>() { }));
            } catch (IOException e) {
                LOG.warn("Ignoring unreadable stack change log {}: {}", file, e.getMessage());
            }
        }
    }

    public static StackChangeLog inMemory() {
        return new StackChangeLog(null);
    }

    public static StackChangeLog persistent(Path file) {
        return new StackChangeLog(file);
    }

    public Optional<StackChange> last(String stack) {
        return Optional.ofNullable(changes.get(stack));
    }

    public synchronized void record(StackChange change) {
        changes.put(change.stack(), change);
        if (file == null) {
            return;
        }
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), Map.copyOf(changes));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the stack change log " + file + ": " + e.getMessage(), e);
        }
    }
}
