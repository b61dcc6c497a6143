package dev.gantry.ui.editor;

import dev.gantry.adapter.api.EngineSession;
import dev.gantry.adapter.api.deploy.ComposeProjects;
import dev.gantry.adapter.api.deploy.ComposeRunResult;
import dev.gantry.adapter.api.deploy.DeployRecord;
import dev.gantry.adapter.api.deploy.DeployResult;
import dev.gantry.adapter.api.deploy.StackDeployments;
import dev.gantry.adapter.api.deploy.StackDiff;
import dev.gantry.adapter.compose.ComposeLoader;
import dev.gantry.adapter.compose.LoadOptions;
import dev.gantry.adapter.compose.LoadResult;
import dev.gantry.adapter.deploy.DeployHistory;
import dev.gantry.ui.concurrent.BackgroundExecutor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The compose editor's state and commands: the text and its file, validation as you type
 * (debounced, in the background, stale results dropped), atomic saves, drafts for crash recovery,
 * and deploy to a swarm with the diff shown first. The text and the file are never touched by a
 * deploy, failed or not. All methods run on the UI thread.
 */
public final class ComposeEditorViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ComposeEditorViewModel.class);
    static final Duration VALIDATION_DELAY = Duration.ofMillis(300);
    static final Duration DRAFT_DELAY = Duration.ofSeconds(2);
    private static final Path UNTITLED = Path.of("docker-compose.yml");

    /** Where a deploy stands. */
    public enum DeployPhase { IDLE, PREPARING, CONFIRM, DEPLOYING, DONE }

    private final BackgroundExecutor executor;
    private final UiScheduler scheduler;
    private final ComposeLoader loader;
    private final DraftStore drafts;
    private final DeployHistory historyOrNull;
    private final Clock clock;

    // Properties
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "Untitled");
    private final ObservableList<EditorProblem> problems = FXCollections.observableArrayList();
    // one read-only view each, held here: such a wrapper listens weakly to its source, so a
    // wrapper made per call could be collected with the caller's listeners on it
    private final ObservableList<EditorProblem> problemsView = FXCollections.unmodifiableObservableList(problems);
    private final ReadOnlyBooleanWrapper validating = new ReadOnlyBooleanWrapper(this, "validating");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final StringProperty stackName = new SimpleStringProperty(this, "stackName", "");
    private final ReadOnlyStringWrapper stackNameProblem = new ReadOnlyStringWrapper(this, "stackNameProblem", "");
    private final ReadOnlyObjectWrapper<DeployPhase> deployPhase =
            new ReadOnlyObjectWrapper<>(this, "deployPhase", DeployPhase.IDLE);
    private final ReadOnlyObjectWrapper<StackDiff> pendingDiff = new ReadOnlyObjectWrapper<>(this, "pendingDiff");
    private final ReadOnlyObjectWrapper<DeployResult> lastResult = new ReadOnlyObjectWrapper<>(this, "lastResult");
    private final ObservableList<String> deployLog = FXCollections.observableArrayList();
    private final ObservableList<String> deployLogView = FXCollections.unmodifiableObservableList(deployLog);
    private final ObservableList<DeployRecord> history = FXCollections.observableArrayList();
    private final ObservableList<DeployRecord> historyView = FXCollections.unmodifiableObservableList(history);
    private final ReadOnlyBooleanWrapper deployAvailable = new ReadOnlyBooleanWrapper(this, "deployAvailable");

    private String savedText = "";
    private long generation;
    private final java.util.concurrent.atomic.AtomicLong draftGeneration = new java.util.concurrent.atomic.AtomicLong();
    private final Object draftLock = new Object();
    private UiScheduler.Scheduled pendingValidation;
    private UiScheduler.Scheduled pendingDraft;
    private final ReadOnlyBooleanWrapper composeUpAvailable = new ReadOnlyBooleanWrapper(this, "composeUpAvailable");
    private StackDeployments deployments;
    private ComposeProjects composeProjects;
    private PreparedDeploy prepared;

    private record PreparedDeploy(String stack, String text, Path file, dev.gantry.adapter.compose.model.ComposeProject project,
                                  StackDiff diff) {
    }

    public ComposeEditorViewModel(BackgroundExecutor executor, UiScheduler scheduler, ComposeLoader loader,
                                  DraftStore drafts, DeployHistory historyOrNull) {
        this(executor, scheduler, loader, drafts, historyOrNull, Clock.systemUTC());
    }

    ComposeEditorViewModel(BackgroundExecutor executor, UiScheduler scheduler, ComposeLoader loader,
                           DraftStore drafts, DeployHistory historyOrNull, Clock clock) {
        this.executor = executor;
        this.scheduler = scheduler;
        this.loader = loader;
        this.drafts = drafts;
        this.historyOrNull = historyOrNull;
        this.clock = clock;
        text.addListener((obs, old, now) -> onTextChanged());
        file.addListener((obs, old, now) -> updateTitle());
        stackName.addListener((obs, old, now) -> stackNameProblem.set(
                now.isEmpty() ? "" : StackNames.problem(now).orElse("")));
    }

    /**
     * For the app: an editor whose drafts live in {@code draftsDir} (config dir + "/drafts") and
     * whose deploys are recorded under {@code historyDirOrNull}; it restores a draft left by an
     * earlier run (and says so). Call {@link #useSession} once connected.
     */
    public static ComposeEditorViewModel create(BackgroundExecutor executor, Path draftsDir, Path historyDirOrNull) {
        ComposeEditorViewModel vm = new ComposeEditorViewModel(executor, new TimerUiScheduler(executor),
                new ComposeLoader(System.getenv()), new DraftStore(draftsDir),
                historyDirOrNull == null ? null : new DeployHistory(historyDirOrNull));
        vm.recoverDraft();
        return vm;
    }

    public StringProperty textProperty() {
        return text;
    }

    public String getText() {
        return text.get();
    }

    public void setText(String value) {
        text.set(value);
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Sorted by position; replaced as a whole after each validation. */
    public ObservableList<EditorProblem> problems() {
        return problemsView;
    }

    public ReadOnlyBooleanProperty validatingProperty() {
        return validating.getReadOnlyProperty();
    }

    /** The last sentence for the user (saved, recovered, deploy outcome, why something failed). */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public StringProperty stackNameProperty() {
        return stackName;
    }

    /** Why the stack name cannot be used; empty when it can (or nothing was typed yet). */
    public ReadOnlyStringProperty stackNameProblemProperty() {
        return stackNameProblem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DeployPhase> deployPhaseProperty() {
        return deployPhase.getReadOnlyProperty();
    }

    /** The diff waiting for the user's confirmation (phase CONFIRM), else null. */
    public ReadOnlyObjectProperty<StackDiff> pendingDiffProperty() {
        return pendingDiff.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DeployResult> lastResultProperty() {
        return lastResult.getReadOnlyProperty();
    }

    /** Progress lines of the running or last deploy. */
    public ObservableList<String> deployLog() {
        return deployLogView;
    }

    /** The chosen stack's deploys, newest first (after {@link #loadHistory()}). */
    public ObservableList<DeployRecord> history() {
        return historyView;
    }

    public ReadOnlyBooleanProperty deployAvailableProperty() {
        return deployAvailable.getReadOnlyProperty();
    }

    // Commands

    /** Deploys go to this session's swarm; null when disconnected. */
    public void useSession(EngineSession sessionOrNull) {
        useDeployments(sessionOrNull == null ? null : sessionOrNull.stacks());
        useComposeProjects(sessionOrNull == null ? null : sessionOrNull.composeProjects());
    }

    public void useDeployments(StackDeployments deploymentsOrNull) {
        this.deployments = deploymentsOrNull;
        deployAvailable.set(deploymentsOrNull != null);
    }

    public ReadOnlyBooleanProperty composeUpAvailableProperty() {
        return composeUpAvailable.getReadOnlyProperty();
    }

    /**
     * {@code compose up} goes to this engine; null hides it.
     */
    public void useComposeProjects(ComposeProjects projectsOrNull) {
        this.composeProjects = projectsOrNull;
        composeUpAvailable.set(projectsOrNull != null);
    }

    /**
     * {@code compose up} of the text as the project named in the stack field: creates what is
     * missing, recreates what changed. Like a deploy, it never touches the text or the file.
     */
    public void composeUp() {
        Optional<String> nameProblem = StackNames.problem(stackName.get());
        if (nameProblem.isPresent()) {
            stackNameProblem.set(nameProblem.get());
            status.set(nameProblem.get());
            return;
        }
        ComposeProjects target = composeProjects;
        if (target == null || deployPhase.get() == DeployPhase.PREPARING || deployPhase.get() == DeployPhase.DEPLOYING) {
            return;
        }
        String project = stackName.get();
        String snapshot = text.get();
        Path path = file.get();
        deployLog.clear();
        deployPhase.set(DeployPhase.DEPLOYING);
        status.set("Compose up of " + project + " …");
        executor.submit(() -> {
            LoadResult loaded = loader.loadText(path == null ? UNTITLED : path, snapshot, LoadOptions.COMPOSE);
            if (!loaded.ok()) {
                return new ComposeUp(loaded, null);
            }
            return new ComposeUp(loaded, target.up(project, loaded.projectOrNull(),
                    line -> executor.onUiThread(() -> deployLog.add(line))));
        }, up -> {
            deployPhase.set(DeployPhase.DONE);
            if (up.result() == null) {
                showProblems(up.loaded(), snapshot);
                status.set("Nothing was started: the file has " + up.loaded().errors().size() + " error(s); see Problems.");
                return;
            }
            ComposeRunResult r = up.result();
            status.set("Project " + project + " is up: " + r.created().size() + " created, " + r.recreated().size()
                    + " recreated, " + r.unchanged().size() + " unchanged.");
        }, e -> {
            deployPhase.set(DeployPhase.DONE);
            status.set("Compose up of " + project + " failed: " + reason(e) + " Your text is unchanged.");
        });
    }

    private record ComposeUp(LoadResult loaded, ComposeRunResult result) {
    }

    /** Replaces the text by an empty new file (the view asks first when the text is unsaved). */
    public void newFile() {
        file.set(null);
        savedText = "";
        text.set("");
        updateDirty();
        deleteDraft();
    }

    /** Reads {@code path} in the background and shows it; the current text stays when it cannot be read. */
    public void open(Path path) {
        executor.submit(() -> Files.readString(path, StandardCharsets.UTF_8), content -> {
            file.set(path);
            savedText = content;
            text.set(content);
            updateDirty();
            deleteDraft();
            status.set("Opened " + path + ".");
        }, e -> status.set("Could not open " + path + ": " + reason(e) + ". The editor keeps its text."));
    }

    /** Saves to the current file; false (and nothing done) when the text has no file yet. */
    public boolean save() {
        Path target = file.get();
        if (target == null) {
            return false;
        }
        saveAs(target);
        return true;
    }

    /** Saves atomically (temp file beside it, then rename) and removes the draft once saved. */
    public void saveAs(Path target) {
        String snapshot = text.get();
        executor.submit(() -> {
            AtomicFiles.write(target, snapshot);
            return target;
        }, saved -> {
            file.set(saved);
            savedText = snapshot;
            updateDirty();
            if (!dirty.get()) {
                deleteDraft();
            }
            status.set("Saved " + saved + ".");
            scheduleValidation();
        }, e -> {
            LOG.warn("saving {} failed", target, e);
            status.set("Could not save " + target + ": " + reason(e)
                    + ". The text is still here (and in the draft); the file was not changed.");
        });
    }

    /**
     * Looks for a draft left by an earlier run (e.g. after a crash) and restores it when it differs
     * from its file, saying so; a draft equal to its file is removed.
     */
    public void recoverDraft() {
        executor.submit(() -> {
            Optional<Draft> d = drafts.load();
            if (d.isEmpty()) {
                return Optional.<Recovery>empty();
            }
            String onDisk = null;
            if (d.get().fileOrNull() != null) {
                try {
                    onDisk = Files.readString(d.get().fileOrNull(), StandardCharsets.UTF_8);
                } catch (NoSuchFileException e) {
                    onDisk = null;
                }
            }
            return Optional.of(new Recovery(d.get(), onDisk));
        }, found -> found.ifPresent(this::restore), e -> {
            LOG.warn("reading the draft {} failed", drafts.location(), e);
            status.set("Could not read the unsaved draft " + drafts.location() + ": " + reason(e) + ".");
        });
    }

    private record Recovery(Draft draft, String onDisk) {
    }

    private void restore(Recovery r) {
        Draft d = r.draft();
        if (r.onDisk() != null && r.onDisk().equals(d.text())) {
            file.set(d.fileOrNull());
            savedText = r.onDisk();
            text.set(d.text());
            updateDirty();
            deleteDraft();
            return;
        }
        file.set(d.fileOrNull());
        savedText = r.onDisk() == null ? "" : r.onDisk();
        text.set(d.text());
        updateDirty();
        status.set("Restored unsaved text from " + d.savedAt() + (d.fileOrNull() == null ? " (a new file)"
                : " for " + d.fileOrNull()) + ". Save it to keep it.");
    }

    /** Validates now (also done automatically after each edit). */
    public void validateNow() {
        cancel(pendingValidation);
        pendingValidation = null;
        runValidation();
    }

    /** Checks the stack name and the text, then computes the diff against what runs (phase CONFIRM). */
    public void prepareDeploy() {
        Optional<String> nameProblem = StackNames.problem(stackName.get());
        if (nameProblem.isPresent()) {
            stackNameProblem.set(nameProblem.get());
            status.set(nameProblem.get());
            return;
        }
        StackDeployments target = deployments;
        if (target == null) {
            status.set("Not connected to a swarm manager: connect to an engine to deploy.");
            return;
        }
        if (deployPhase.get() == DeployPhase.PREPARING || deployPhase.get() == DeployPhase.DEPLOYING) {
            return;
        }
        String stack = stackName.get();
        String snapshot = text.get();
        Path path = file.get();
        deployPhase.set(DeployPhase.PREPARING);
        status.set("Comparing with the running stack " + stack + " …");
        executor.submit(() -> {
            LoadResult loaded = loader.loadText(path == null ? UNTITLED : path, snapshot, LoadOptions.DEPLOY);
            if (!loaded.ok()) {
                return new Prepared(loaded, null);
            }
            StackDiff diff = target.diff(stack, loaded.projectOrNull(), false);
            return new Prepared(loaded, new PreparedDeploy(stack, snapshot, path, loaded.projectOrNull(), diff));
        }, p -> {
            if (p.deploy() == null) {
                showProblems(p.loaded(), snapshot);
                deployPhase.set(DeployPhase.IDLE);
                status.set("Nothing was deployed: the file has " + p.loaded().errors().size()
                        + " error(s); see Problems.");
                return;
            }
            prepared = p.deploy();
            pendingDiff.set(p.deploy().diff());
            deployPhase.set(DeployPhase.CONFIRM);
            status.set(p.deploy().diff().isEmpty() ? "Stack " + stack + ": no changes." : "Review the changes to stack "
                    + stack + ".");
        }, e -> {
            deployPhase.set(DeployPhase.IDLE);
            status.set("Nothing was deployed: " + reason(e));
        });
    }

    private record Prepared(LoadResult loaded, PreparedDeploy deploy) {
    }

    /** Applies the diff the user saw. The editor's text and file stay as they are, whatever happens. */
    public void confirmDeploy() {
        PreparedDeploy p = prepared;
        StackDeployments target = deployments;
        if (p == null || deployPhase.get() != DeployPhase.CONFIRM || target == null) {
            return;
        }
        prepared = null;
        pendingDiff.set(null);
        deployLog.clear();
        lastResult.set(null);
        deployPhase.set(DeployPhase.DEPLOYING);
        status.set("Deploying stack " + p.stack() + " …");
        executor.submit(() -> {
            DeployResult result = target.deploy(p.stack(), p.project(), false,
                    line -> executor.onUiThread(() -> deployLog.add(line)));
            recordHistory(p, result);
            return result;
        }, result -> {
            lastResult.set(result);
            deployPhase.set(DeployPhase.DONE);
            if (result.succeeded()) {
                status.set("Stack " + p.stack() + " deployed (" + result.applied().size() + " steps).");
            } else {
                String restored = result.rollbackIssues().isEmpty()
                        ? " The previous stack was restored."
                        : " The previous stack could not be fully restored: " + String.join("; ", result.rollbackIssues());
                status.set(result.failure().orElseThrow().sentence() + restored + " Your text is unchanged.");
            }
        }, e -> {
            deployPhase.set(DeployPhase.DONE);
            status.set("Deploy of " + p.stack() + " failed: " + reason(e) + " Your text is unchanged.");
        });
    }

    public void cancelDeploy() {
        if (deployPhase.get() == DeployPhase.CONFIRM) {
            prepared = null;
            pendingDiff.set(null);
            deployPhase.set(DeployPhase.IDLE);
            status.set("Deploy cancelled; nothing was applied.");
        }
    }

    private void recordHistory(PreparedDeploy p, DeployResult result) {
        if (historyOrNull == null) {
            return;
        }
        String key = (p.file() == null ? UNTITLED : p.file()).toAbsolutePath().normalize().toString();
        try {
            historyOrNull.record(p.stack(), Map.of(key, p.text()), p.diff(), result);
        } catch (RuntimeException e) {
            LOG.warn("recording the deploy of {} failed", p.stack(), e);
            executor.onUiThread(() -> deployLog.add("Warning: the deploy was not recorded in the history: "
                    + reason(e)));
        }
    }

    /** Lists the deploys of the stack named in the stack field. */
    public void loadHistory() {
        Optional<String> nameProblem = StackNames.problem(stackName.get());
        if (nameProblem.isPresent()) {
            status.set(nameProblem.get());
            return;
        }
        if (historyOrNull == null) {
            status.set("No deploy history is kept here.");
            return;
        }
        String stack = stackName.get();
        executor.submit(() -> historyOrNull.list(stack), list -> {
            history.setAll(list);
            status.set(list.isEmpty() ? "Stack " + stack + " has no recorded deploys."
                    : "Stack " + stack + ": " + list.size() + " recorded deploy(s).");
        }, e -> status.set("Could not read the history of " + stack + ": " + reason(e)));
    }

    /**
     * Shows the compose file of an earlier deploy as new, unsaved text (it has no file, so a save
     * never overwrites the current one by surprise). The view asks first when the text is unsaved.
     */
    public void openFromHistory(DeployRecord record) {
        if (record.files().isEmpty()) {
            status.set("Deploy " + record.id() + " of " + record.stack() + " holds no compose file.");
            return;
        }
        Map.Entry<String, String> first = record.files().entrySet().stream()
                .min(Map.Entry.comparingByKey()).orElseThrow();
        file.set(null);
        savedText = "";
        stackName.set(record.stack());
        text.set(first.getValue());
        updateDirty();
        status.set("Opened " + Path.of(first.getKey()).getFileName() + " of stack " + record.stack() + " as deployed at "
                + record.time() + (record.files().size() > 1 ? " (first of " + record.files().size() + " files)" : "")
                + ". Save it as a file to keep it.");
    }

    /** Drops the unsaved text: back to the file's content (or empty), and no draft. */
    public void discardChanges() {
        text.set(savedText);
        updateDirty();
        deleteDraft();
    }

    /** Writes the draft now (e.g. when the editor closes with unsaved text). */
    public void keepDraftNow() {
        cancel(pendingDraft);
        pendingDraft = null;
        writeDraft();
    }

    /** Keys that fit at the caret (0-based line and column), for completion. */
    public List<String> completionsAt(int line, int column) {
        return ComposeKeys.at(text.get(), line, column);
    }

    /** Stops timers; the draft stays so a later editor can restore it. */
    public void dispose() {
        cancel(pendingValidation);
        cancel(pendingDraft);
        if (scheduler instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception e) {
                LOG.debug("closing the scheduler", e);
            }
        }
    }

    // Internals

    private void onTextChanged() {
        updateDirty();
        scheduleValidation();
        if (dirty.get()) {
            scheduleDraft();
        }
    }

    private void scheduleValidation() {
        cancel(pendingValidation);
        pendingValidation = scheduler.schedule(VALIDATION_DELAY, () -> {
            pendingValidation = null;
            runValidation();
        });
    }

    private void runValidation() {
        long gen = ++generation;
        String snapshot = text.get();
        Path path = file.get();
        validating.set(true);
        executor.submit(() -> loader.loadText(path == null ? UNTITLED : path, snapshot, LoadOptions.DEPLOY), result -> {
            if (gen != generation) {
                return;
            }
            validating.set(false);
            showProblems(result, snapshot);
        }, e -> {
            if (gen == generation) {
                validating.set(false);
                LOG.warn("validation failed", e);
                status.set("Could not validate: " + reason(e));
            }
        });
    }

    private void showProblems(LoadResult result, String snapshot) {
        if (!snapshot.equals(text.get())) {
            return;
        }
        problems.setAll(result.diagnostics().stream()
                .map(d -> EditorProblem.of(d, snapshot))
                .sorted(Comparator.comparingInt(EditorProblem::line).thenComparingInt(EditorProblem::column))
                .toList());
    }

    /** At most one draft write per {@link #DRAFT_DELAY} while typing, the last text always written. */
    private void scheduleDraft() {
        if (pendingDraft != null) {
            return;
        }
        pendingDraft = scheduler.schedule(DRAFT_DELAY, () -> {
            pendingDraft = null;
            writeDraft();
        });
    }

    private void writeDraft() {
        if (!dirty.get()) {
            return;
        }
        long gen = draftGeneration.incrementAndGet();
        Draft d = new Draft(file.get(), text.get(), clock.instant());
        executor.submit(() -> {
            synchronized (draftLock) {
                // a save or a newer draft since: this one must not resurrect or overwrite it
                if (gen == draftGeneration.get()) {
                    drafts.save(d);
                }
            }
            return d;
        }, saved -> { }, e -> {
            if (gen == draftGeneration.get()) {
                LOG.warn("writing the draft {} failed", drafts.location(), e);
                status.set("Could not keep a draft of the unsaved text: " + reason(e));
            }
        });
    }

    private void deleteDraft() {
        cancel(pendingDraft);
        pendingDraft = null;
        draftGeneration.incrementAndGet();
        executor.submit(() -> {
            synchronized (draftLock) {
                drafts.delete();
            }
            return Boolean.TRUE;
        }, done -> { }, e -> LOG.warn("removing the draft {} failed", drafts.location(), e));
    }

    private void updateDirty() {
        dirty.set(!text.get().equals(savedText));
        updateTitle();
    }

    private void updateTitle() {
        Path f = file.get();
        title.set((f == null ? "Untitled" : String.valueOf(f.getFileName())) + (dirty.get() ? " •" : ""));
    }

    private static void cancel(UiScheduler.Scheduled s) {
        if (s != null) {
            s.cancel();
        }
    }

    private static String reason(Throwable e) {
        if (e instanceof NoSuchFileException n) {
            return "no such file " + n.getFile();
        }
        if (e instanceof IOException && e.getMessage() != null) {
            return e.getMessage();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
