package dev.gantry.app.settings;

import dev.gantry.adapter.alerts.AlertRule;
import dev.gantry.adapter.alerts.AlertRules;
import dev.gantry.ui.alerts.AlertRulesStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** The alert rules as JSON in the config directory, next to settings.json (alert-rules.json). */
public final class FileAlertRulesStore implements AlertRulesStore {

    private final Path file;

    public FileAlertRulesStore(Path configDir) {
        this.file = configDir.resolve("alert-rules.json");
    }

    public Path file() {
        return file;
    }

    @Override
    public List<AlertRule> load() {
        if (!Files.exists(file)) {
            return null;
        }
        try {
            return AlertRules.fromJson(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the alert rules from " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void save(List<AlertRule> rules) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, AlertRules.toJson(rules), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the alert rules to " + file + ": " + e.getMessage(), e);
        }
    }
}
