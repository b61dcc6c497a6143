package dev.gantry.adapter.ops;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.gantry.adapter.api.ops.AuditEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The exec-restart audit log: JSON lines appended to a file the app chooses; readable back. */
public final class ExecAuditLog implements Consumer<AuditEntry> {

    private static final Logger LOG = LoggerFactory.getLogger(ExecAuditLog.class);
    private final Path file;

    public ExecAuditLog(Path file) {
        this.file = file;
    }

    /** A log that records nothing (tests, or a user who turned auditing off). */
    public static ExecAuditLog none() {
        return new ExecAuditLog(null);
    }

    public Path file() {
        return file;
    }

    @Override
    public void accept(AuditEntry entry) {
        append(entry);
    }

    public synchronized void append(AuditEntry entry) {
        if (file == null) {
            return;
        }
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            String line = Json.MAPPER.writeValueAsString(entry) + "\n";
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the exec-restart audit log " + file + ": " + e.getMessage(), e);
        }
    }

    /** Every entry, oldest first; a damaged line is skipped (and logged) rather than losing the rest. */
    public synchronized List<AuditEntry> readAll() {
        if (file == null || !Files.exists(file)) {
            return List.of();
        }
        List<AuditEntry> entries = new ArrayList<>();
        try {
            int n = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    entries.add(Json.MAPPER.readValue(line, AuditEntry.class));
                } catch (JsonProcessingException e) {
                    LOG.warn("Skipping damaged line {} of the audit log {}: {}", n, file, e.getOriginalMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the exec-restart audit log " + file + ": " + e.getMessage(), e);
        }
        return List.copyOf(entries);
    }
}
