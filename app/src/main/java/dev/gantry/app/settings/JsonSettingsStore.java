package dev.gantry.app.settings;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.gantry.ui.settings.AppSettings;
import dev.gantry.ui.settings.SettingsStore;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settings as JSON in {@code settings.json}. Writes go to a temporary file in the same directory,
 * then an atomic rename. A file that cannot be read is moved aside as
 * {@code settings.json.corrupt-<timestamp>} and reported; it is never overwritten.
 */
public final class JsonSettingsStore implements SettingsStore {

    private static final Logger LOG = LoggerFactory.getLogger(JsonSettingsStore.class);
    public static final String FILE = "settings.json";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path dir;
    private final Clock clock;
    private volatile Path unreadable;
    private final ObjectMapper json = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public JsonSettingsStore(Path dir) {
        this(dir, Clock.systemUTC());
    }

    JsonSettingsStore(Path dir, Clock clock) {
        this.dir = dir;
        this.clock = clock;
    }

    public Path file() {
        return dir.resolve(FILE);
    }

    @Override
    public synchronized Loaded load() {
        Path file = file();
        if (!Files.exists(file)) {
            return new Loaded(AppSettings.defaults(), null);
        }
        try {
            AppSettings s = json.readValue(file.toFile(), AppSettings.class);
            if (s == null) {
                throw new IOException("the file is empty");
            }
            return new Loaded(s, null);
        } catch (IOException | RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            Path aside = dir.resolve(FILE + ".corrupt-" + STAMP.format(clock.instant()));
            try {
                Files.move(file, aside);
            } catch (IOException moveFailed) {
                LOG.warn("Settings file {} is unreadable and could not be moved aside", file, moveFailed);
                unreadable = file;
                return new Loaded(AppSettings.defaults(), "Gantry could not read its settings file " + file
                        + " (" + reason + ") and could not move it aside; it starts with default settings"
                        + " and will not save over it.");
            }
            LOG.warn("Settings file {} is unreadable ({}); kept as {}", file, reason, aside);
            return new Loaded(AppSettings.defaults(), "Gantry could not read its settings file (" + reason
                    + "). It kept the file as " + aside + " and started with default settings.");
        }
    }

    @Override
    public synchronized void save(AppSettings settings) throws IOException {
        if (unreadable != null) {
            throw new IOException("the unreadable settings file " + unreadable + " is left as it is; fix or remove it");
        }
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, FILE + ".", ".tmp");
        try {
            json.writeValue(tmp.toFile(), settings);
            try {
                Files.move(tmp, file(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file(), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
