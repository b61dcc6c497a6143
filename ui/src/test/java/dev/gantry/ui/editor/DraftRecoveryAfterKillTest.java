package dev.gantry.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.compose.ComposeLoader;
import dev.gantry.ui.concurrent.SameThreadExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An editor process is killed (SIGKILL) with unsaved text; the next editor restores it and says so. */
class DraftRecoveryAfterKillTest {
    @TempDir
    Path dir;

    @Test
    void unsavedTextSurvivesAKill() throws Exception {
        Path file = dir.resolve("stack.yml");
        Files.writeString(file, ComposeEditorViewModelTest.VALID);
        String edited = ComposeEditorViewModelTest.VALID + "  db:\n    image: postgres\n";
        Path drafts = dir.resolve("drafts");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                DraftWriterMain.class.getName(), drafts.toString(), file.toString(), edited))
                .redirectErrorStream(true).redirectOutput(dir.resolve("editor.log").toFile()).start();
        try {
            Path draft = drafts.resolve("compose-editor.draft");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(draft) && System.nanoTime() < deadline && p.isAlive()) {
                Thread.sleep(100);
            }
            assertTrue(Files.exists(draft), () -> "no draft written: " + read(dir.resolve("editor.log")));
        } finally {
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }

        ComposeEditorViewModel next = new ComposeEditorViewModel(new SameThreadExecutor(), new ManualScheduler(),
                new ComposeLoader(Map.of()), new DraftStore(drafts), null);
        next.recoverDraft();
        assertEquals(edited, next.getText());
        assertEquals(file, next.fileProperty().get());
        assertTrue(next.isDirty());
        assertTrue(next.statusProperty().get().startsWith("Restored unsaved text"), next.statusProperty().get());
        assertEquals(ComposeEditorViewModelTest.VALID, Files.readString(file));
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
