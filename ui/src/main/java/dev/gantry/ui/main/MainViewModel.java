package dev.gantry.ui.main;

import dev.gantry.adapter.api.EndpointProfile;
import dev.gantry.adapter.api.EngineConnector;
import dev.gantry.ui.concurrent.BackgroundExecutor;
import dev.gantry.ui.detail.Detail;
import dev.gantry.ui.detail.DetailBuilder;
import dev.gantry.ui.endpoint.ConnectionPhase;
import dev.gantry.ui.endpoint.EndpointFormViewModel;
import dev.gantry.ui.endpoint.EndpointViewModel;
import dev.gantry.ui.inventory.InventoryViewModel;
import dev.gantry.ui.settings.AppSettings;
import dev.gantry.ui.settings.SavedEndpoint;
import dev.gantry.ui.settings.SettingsStore;
import dev.gantry.ui.settings.WindowState;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The main window's state: endpoints, the selected one's inventory, the selection's detail, the theme. */
public final class MainViewModel implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MainViewModel.class);

    private final EngineConnector connector;
    private final BackgroundExecutor executor;
    private final ScheduledExecutorService timers;
    private final SettingsStore store;
    private final List<EndpointProfile> defaults;
    private final java.util.function.Supplier<List<EndpointProfile>> contextReader;
    private volatile List<EndpointProfile> contexts = List.of();
    private AppSettings settings = AppSettings.defaults();
    private Extras extras;
    private String extrasFor;

    // Properties
    private final ObservableList<EndpointViewModel> endpoints = FXCollections.observableArrayList(
            e -> new Observable[] {e.phaseProperty(), e.everConnectedProperty(), e.profileProperty()});
    private final ObjectProperty<EndpointViewModel> selected = new SimpleObjectProperty<>();
    private final InventoryViewModel inventory = new InventoryViewModel();
    private final dev.gantry.ui.resources.ResourcesViewModel resources;
    private final StringProperty selectedRowId = new SimpleStringProperty();
    private final ReadOnlyObjectWrapper<Detail> detail = new ReadOnlyObjectWrapper<>(Detail.NONE);
    private final BooleanProperty dark = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper settingsProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper noEngine = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<WindowState> window = new ReadOnlyObjectWrapper<>(WindowState.DEFAULT);

    /**
     * @param defaults the endpoints to try when none are saved (DOCKER_HOST, the platform default)
     */
    public MainViewModel(EngineConnector connector, BackgroundExecutor executor, ScheduledExecutorService timers,
                         SettingsStore store, List<EndpointProfile> defaults,
                         java.util.function.Supplier<List<EndpointProfile>> contextReader) {
        this.contextReader = contextReader;
        this.resources = new dev.gantry.ui.resources.ResourcesViewModel(executor);
        this.connector = connector;
        this.executor = executor;
        this.timers = timers;
        this.store = store;
        this.defaults = List.copyOf(defaults);
        selected.addListener((o, old, now) -> {
            inventory.snapshotProperty().unbind();
            resources.clear();
            if (now == null) {
                inventory.snapshotProperty().set(null);
            } else {
                inventory.snapshotProperty().bind(now.snapshotProperty());
            }
        });
        inventory.snapshotProperty().addListener((o, a, b) -> updateDetail());
        selectedRowId.addListener((o, a, b) -> updateDetail());
        endpoints.addListener((javafx.collections.ListChangeListener<EndpointViewModel>) c -> updateNoEngine());
    }

    /** Loads the settings and connects every endpoint. Call once, on the UI thread. */
    public void start() {
        SettingsStore.Loaded loaded = store.load();
        settings = loaded.settings();
        if (loaded.problem() != null) {
            settingsProblem.set(loaded.problem());
        }
        dark.set("dark".equalsIgnoreCase(settings.theme()));
        window.set(settings.window());
        List<EndpointProfile> profiles = settings.endpoints().isEmpty() ? defaults
                : settings.endpoints().stream().map(SavedEndpoint::toProfile).toList();
        for (EndpointProfile p : profiles) {
            EndpointViewModel vm = newEndpoint(p);
            endpoints.add(vm);
            vm.connect();
        }
        if (!endpoints.isEmpty()) {
            selected.set(endpoints.get(0));
        }
        updateNoEngine();
        dark.addListener((o, a, d) -> save(settings.withTheme(d ? "dark" : "light")));
        if (contextReader != null) {
            executor.submit(contextReader::get, list -> contexts = List.copyOf(list),
                    e -> LOG.info("Could not read the docker contexts: {}", e.getMessage()));
        }
    }

    /** The docker contexts found at start, for the import button; null when import is unavailable. */
    public List<EndpointProfile> contexts() {
        return contextReader == null ? null : contexts;
    }

    public ObservableList<EndpointViewModel> endpoints() {
        return FXCollections.unmodifiableObservableList(endpoints);
    }

    public ObjectProperty<EndpointViewModel> selectedProperty() {
        return selected;
    }

    public InventoryViewModel inventory() {
        return inventory;
    }

    public dev.gantry.ui.resources.ResourcesViewModel resources() {
        return resources;
    }

    /** Loads images, volumes or networks of the selected engine (when its tab is shown). */
    public void loadResources(dev.gantry.ui.resources.ResourcesViewModel.Kind kind) {
        EndpointViewModel e = selected.get();
        resources.load(e == null ? null : e.session(), kind);
    }

    public StringProperty selectedRowIdProperty() {
        return selectedRowId;
    }

    public ReadOnlyObjectProperty<Detail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    /** A sentence when the settings file could not be used; empty otherwise. */
    public ReadOnlyStringProperty settingsProblemProperty() {
        return settingsProblem.getReadOnlyProperty();
    }

    /** True while no endpoint has ever answered: the window explains how to get an engine. */
    public ReadOnlyBooleanProperty noEngineProperty() {
        return noEngine.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<WindowState> windowProperty() {
        return window.getReadOnlyProperty();
    }

    public EngineConnector connector() {
        return connector;
    }

    public BackgroundExecutor executor() {
        return executor;
    }

    /** Runs {@code action} on the UI thread after {@code delay}, without holding any thread meanwhile. */
    public void later(java.time.Duration delay, Runnable action) {
        timers.schedule(() -> executor.onUiThread(action), delay.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    // Commands

    public EndpointFormViewModel newForm(EndpointViewModel editing) {
        List<String> taken = endpoints.stream().filter(e -> e != editing).map(e -> e.profile().name()).toList();
        return new EndpointFormViewModel(connector, executor, taken, editing == null ? null : editing.profile());
    }

    public void addEndpoint(EndpointProfile p) {
        EndpointViewModel vm = newEndpoint(p);
        endpoints.add(vm);
        vm.connect();
        selected.set(vm);
        saveEndpoints();
    }

    public void replaceEndpoint(EndpointViewModel vm, EndpointProfile p) {
        vm.update(p);
        saveEndpoints();
    }

    public void removeEndpoint(EndpointViewModel vm) {
        int i = endpoints.indexOf(vm);
        if (i < 0) {
            return;
        }
        endpoints.remove(i);
        vm.close();
        if (selected.get() == vm) {
            selected.set(endpoints.isEmpty() ? null : endpoints.get(Math.max(0, i - 1)));
        }
        saveEndpoints();
    }

    public void toggleTheme() {
        dark.set(!dark.get());
    }

    public void dismissSettingsProblem() {
        settingsProblem.set("");
    }

    public void saveWindow(WindowState w) {
        window.set(w);
        settings = settings.withWindow(w);
        try {
            store.save(settings);
        } catch (Exception e) {
            LOG.warn("Could not save the window state: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        endpoints.forEach(EndpointViewModel::close);
    }

    private EndpointViewModel newEndpoint(EndpointProfile p) {
        EndpointViewModel vm = new EndpointViewModel(p, connector, executor, timers);
        vm.phaseProperty().addListener((o, a, b) -> updateNoEngine());
        vm.everConnectedProperty().addListener((o, a, b) -> updateNoEngine());
        return vm;
    }

    private void updateNoEngine() {
        boolean none = endpoints.isEmpty() || endpoints.stream().noneMatch(e -> e.everConnectedProperty().get()
                || e.phaseProperty().get() == ConnectionPhase.CONNECTING);
        noEngine.set(none);
    }

    private void updateDetail() {
        Detail base = DetailBuilder.of(inventory.snapshotProperty().get(), selectedRowId.get());
        Detail old = detail.get();
        if (extras != null && extrasFor != null && extrasFor.equals(selectedRowId.get())) {
            base = base.withExtras(extras.env(), extras.mounts(), extras.inspectJson());
        }
        detail.set(base);
        if (old == null || !java.util.Objects.equals(extrasFor, selectedRowId.get())) {
            fetchExtras();
        }
    }

    /** Env, mounts and inspect JSON come from the engine, once per selection. */
    private void fetchExtras() {
        String id = selectedRowId.get();
        extrasFor = id;
        extras = null;
        EndpointViewModel e = selected.get();
        dev.gantry.adapter.api.EngineSession session = e == null ? null : e.session();
        DetailBuilder.Lookup lookup = DetailBuilder.lookup(inventory.snapshotProperty().get(), id);
        if (session == null || lookup == null) {
            return;
        }
        executor.submit(() -> {
            String json;
            try {
                json = session.inspectJson(lookup.kind(), lookup.id());
            } catch (RuntimeException ex) {
                json = "Could not inspect: " + ex.getMessage();
            }
            if (lookup.containerId() == null) {
                return new Extras(List.of(), List.of(), json);
            }
            dev.gantry.adapter.api.ContainerDetails d = session.containerDetails(lookup.containerId());
            return new Extras(dev.gantry.ui.detail.SecretMasker.mask(d.env()), DetailBuilder.mounts(d.mounts()), json);
        }, x -> {
            if (id != null && id.equals(selectedRowId.get())) {
                extras = x;
                detail.set(detail.get().withExtras(x.env(), x.mounts(), x.inspectJson()));
            }
        }, ex -> LOG.debug("Detail look-up for {} failed: {}", id, ex.getMessage()));
    }

    private record Extras(List<dev.gantry.ui.detail.SecretMasker.EnvEntry> env, List<String> mounts, String inspectJson) {
    }

    private void saveEndpoints() {
        save(settings.withEndpoints(endpoints.stream().map(e -> SavedEndpoint.of(e.profile())).toList()));
    }

    private void save(AppSettings s) {
        settings = s;
        executor.submit(() -> {
            store.save(s);
            return null;
        }, x -> { }, e -> settingsProblem.set("Could not save the settings: " + e.getMessage()));
    }
}
