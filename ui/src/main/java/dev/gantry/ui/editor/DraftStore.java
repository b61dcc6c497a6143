package dev.gantry.ui.editor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The editor's drafts directory: one draft file per editor slot, written atomically. The file is
 * two header lines (the path or empty, the time) and then the text as is.
 */
public final class DraftStore {
    private static final String MAGIC = "gantry-draft 1";

    private final Path file;

    /** @param directory the drafts directory (the app passes its config dir + {@code /drafts}) */
    public DraftStore(Path directory) {
        this(directory, "compose-editor");
    }

    /** @param slot distinguishes several editors sharing one directory */
    public DraftStore(Path directory, String slot) {
        this.file = directory.resolve(slot + ".draft");
    }

    public Path location() {
        return file;
    }

    public void save(Draft draft) throws IOException {
        String header = MAGIC + "\n" + (draft.fileOrNull() == null ? "" : draft.fileOrNull().toString()) + "\n"
                + draft.savedAt() + "\n";
        AtomicFiles.write(file, header + draft.text());
    }

    /** The stored draft; empty when there is none or it is not a draft file. */
    public Optional<Draft> load() throws IOException {
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        String[] head = content.split("\n", 4);
        if (head.length < 4 || !head[0].equals(MAGIC)) {
            return Optional.empty();
        }
        Instant at;
        try {
            at = Instant.parse(head[2]);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        return Optional.of(new Draft(head[1].isEmpty() ? null : Path.of(head[1]), head[3], at));
    }

    public void delete() throws IOException {
        Files.deleteIfExists(file);
    }
}
