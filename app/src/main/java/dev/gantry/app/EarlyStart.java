package dev.gantry.app;

import dev.gantry.adapter.api.EndpointProfile;
import dev.gantry.adapter.api.EngineConnector;
import dev.gantry.adapter.api.EngineSession;
import dev.gantry.ui.settings.AppSettings;
import dev.gantry.ui.settings.SavedEndpoint;
import dev.gantry.ui.settings.SettingsStore;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Loads the settings and connects to the first endpoint while JavaFX starts (which keeps one core
 * busy for about a second), so the inventory can be on screen with the first frame. The window
 * then takes both over: {@link #store()} answers its first load with the settings already read
 * (the file is read once, so a corrupt file is still set aside and reported once), and
 * {@link #connector()} hands the session over to the first connect to that same endpoint. A
 * failed early connect is that connect's failure; any other endpoint connects as usual.
 */
final class EarlyStart {

    private final CompletableFuture<SettingsStore> store = new CompletableFuture<>();
    private final CompletableFuture<EngineConnector> connector = new CompletableFuture<>();
    private final CompletableFuture<SettingsStore.Loaded> loaded = new CompletableFuture<>();
    private final CompletableFuture<EndpointProfile> target = new CompletableFuture<>();
    private final CompletableFuture<Early> session = new CompletableFuture<>();
    private final AtomicBoolean settingsTaken = new AtomicBoolean();
    private final AtomicBoolean sessionTaken = new AtomicBoolean();

    private EarlyStart() {
    }

    /**
     * Starts loading and connecting on a daemon thread. The store and the connector are made on that
     * thread too: making them loads JSON binding, logging and TLS code, which would otherwise hold
     * up the launch of JavaFX on the calling thread.
     *
     * @param defaults the endpoints used when none are saved, as the view-model does
     */
    static EarlyStart begin(Supplier<SettingsStore> store, Supplier<EngineConnector> connector,
                            Supplier<List<EndpointProfile>> defaults) {
        EarlyStart early = new EarlyStart();
        Thread t = new Thread(() -> early.run(store, connector, defaults), "gantry-early-start");
        t.setDaemon(true);
        t.start();
        return early;
    }

    private void run(Supplier<SettingsStore> makeStore, Supplier<EngineConnector> makeConnector,
                     Supplier<List<EndpointProfile>> defaults) {
        try {
            store.complete(makeStore.get());
        } catch (RuntimeException | Error e) {
            store.completeExceptionally(e);
        }
        EndpointProfile first;
        try {
            SettingsStore.Loaded l = made(store).load();
            loaded.complete(l);
            List<SavedEndpoint> saved = l.settings().endpoints();
            List<EndpointProfile> profiles = saved.isEmpty() ? defaults.get() : List.of(saved.get(0).toProfile());
            first = profiles.isEmpty() ? null : profiles.get(0);
        } catch (RuntimeException e) {
            loaded.complete(new SettingsStore.Loaded(AppSettings.defaults(), null));
            first = null;
        }
        try {
            connector.complete(makeConnector.get());
        } catch (RuntimeException | Error e) {
            connector.completeExceptionally(e);
        }
        target.complete(first);
        if (first == null) {
            session.complete(null);
            return;
        }
        try {
            session.complete(new Early(first, made(connector).connect(first), null));
        } catch (RuntimeException e) {
            session.complete(new Early(first, null, e));
        }
    }

    /** The settings store whose first load returns what was read early. */
    SettingsStore store() {
        return new SettingsStore() {
            @Override
            public Loaded load() {
                if (!settingsTaken.getAndSet(true)) {
                    return loaded.join();
                }
                return made(store).load();
            }

            @Override
            public void save(AppSettings settings) throws IOException {
                made(store).save(settings);
            }
        };
    }

    /** The connector whose first connect to the early endpoint takes the early session. */
    EngineConnector connector() {
        return profile -> {
            if (!sessionTaken.getAndSet(true)) {
                if (profile.equals(target.join())) {
                    Early e = session.join();
                    if (e.failure() != null) {
                        throw e.failure();
                    }
                    return e.session();
                }
                session.thenAccept(e -> {
                    if (e != null && e.session() != null) {
                        e.session().close();
                    }
                });
            }
            return made(connector).connect(profile);
        };
    }

    /** What the early-start thread made; a failure to make it is thrown as it was, not wrapped. */
    private static <T> T made(CompletableFuture<T> thing) {
        try {
            return thing.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    private record Early(EndpointProfile profile, EngineSession session, RuntimeException failure) {
    }
}
