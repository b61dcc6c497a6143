package dev.gantry.ui.editor;

import dev.gantry.adapter.compose.ComposeLoader;
import dev.gantry.ui.concurrent.SameThreadExecutor;
import java.nio.file.Path;
import java.util.Map;

/**
 * An editor session in its own process, for {@link DraftRecoveryAfterKillTest}: opens FILE, edits
 * it, lets the autosave write the draft, then waits to be killed.
 * Arguments: {@code DRAFTS_DIR FILE EDITED_TEXT}.
 */
public final class DraftWriterMain {
    private DraftWriterMain() {
    }

    public static void main(String[] args) throws Exception {
        SameThreadExecutor executor = new SameThreadExecutor();
        ComposeEditorViewModel vm = new ComposeEditorViewModel(executor, new TimerUiScheduler(executor),
                new ComposeLoader(Map.of()), new DraftStore(Path.of(args[0])), null);
        vm.open(Path.of(args[1]));
        vm.setText(args[2]);
        System.out.println("edited");
        Thread.sleep(120_000);
    }
}
