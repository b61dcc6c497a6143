package dev.gantry.ui.editor;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Unsaved editor text kept for crash recovery.
 *
 * @param fileOrNull the file the text belongs to, null for a new file
 * @param text       the unsaved text
 * @param savedAt    when the draft was written
 */
public record Draft(Path fileOrNull, String text, Instant savedAt) {

    public Draft {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(savedAt, "savedAt");
    }

    public Optional<Path> file() {
        return Optional.ofNullable(fileOrNull);
    }
}
