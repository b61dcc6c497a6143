package dev.gantry.ui.endpoint;

import dev.gantry.adapter.api.EndpointProfile;
import dev.gantry.adapter.api.EngineConnector;
import dev.gantry.adapter.api.EngineEvent;
import dev.gantry.adapter.api.EngineEventListener;
import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.api.EngineInfo;
import dev.gantry.adapter.api.EngineSession;
import dev.gantry.adapter.api.InventorySnapshot;
import dev.gantry.adapter.api.Subscription;
import dev.gantry.ui.concurrent.BackgroundExecutor;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One endpoint, live: connects, follows the event stream, reloads the inventory coalesced
 * (one reload and one UI update per burst), falls back to a slow refresh only while events are
 * unavailable, and reconnects with back-off. Properties change on the UI thread only.
 */
public final class EndpointViewModel implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EndpointViewModel.class);
    static final Duration COALESCE = Duration.ofMillis(75);
    /**
     * Full reloads start at most this often. A crash-looping replica or a compose project that keeps
     * restarting sends events all the time; each reload reads every container, service and task and
     * updates the window, so on a 200-container engine back-to-back reloads kept Gantry busy while
     * nobody touched it. What the events say outright still shows after {@link #COALESCE}; the first
     * reload after a quiet spell is not delayed.
     */
    static final Duration MIN_RELOAD_GAP = Duration.ofMillis(1000);
    static final Duration FALLBACK_REFRESH = Duration.ofSeconds(10);

    private final EngineConnector connector;
    private final BackgroundExecutor executor;
    private final ScheduledExecutorService timers;
    private final Backoff backoff = new Backoff();

    // Properties
    private final ReadOnlyObjectWrapper<EndpointProfile> profile;
    private final ReadOnlyObjectWrapper<ConnectionPhase> phase = new ReadOnlyObjectWrapper<>(ConnectionPhase.CONNECTING);
    private final ReadOnlyStringWrapper reason = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper retryIn = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<InventorySnapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<EngineInfo> info = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Instant> lastEvent = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper everConnected = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper eventsLive = new ReadOnlyBooleanWrapper(false);

    // Background state
    private volatile EngineSession session;
    private volatile Subscription subscription;
    private volatile boolean closed;
    private volatile boolean live;
    private volatile Instant latestEvent;
    private final SettleRecheck settle = new SettleRecheck();
    private final java.util.concurrent.ConcurrentLinkedQueue<EngineEvent> patches = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final AtomicBoolean reloadPending = new AtomicBoolean();
    private final AtomicBoolean patchPending = new AtomicBoolean();
    private volatile long lastReloadNanos = System.nanoTime() - MIN_RELOAD_GAP.toNanos();
    private final AtomicBoolean reloadInFlight = new AtomicBoolean();
    private final AtomicBoolean reloadAgain = new AtomicBoolean();
    /** Events patched in while a reload's fetch was running (UI thread only): its result predates them. */
    private final java.util.List<EngineEvent> patchedDuringFetch = new java.util.ArrayList<>();
    /** Deaths the engine's list may not show yet (UI thread only). */
    private final UnlistedDeaths unlistedDeaths = new UnlistedDeaths();
    private final AtomicBoolean refreshInfo = new AtomicBoolean();
    private ScheduledFuture<?> countdown;
    private ScheduledFuture<?> retry;
    private ScheduledFuture<?> fallback;
    private long generation;

    public EndpointViewModel(EndpointProfile profile, EngineConnector connector, BackgroundExecutor executor,
                             ScheduledExecutorService timers) {
        this.profile = new ReadOnlyObjectWrapper<>(profile);
        this.connector = connector;
        this.executor = executor;
        this.timers = timers;
    }

    public ReadOnlyObjectProperty<EndpointProfile> profileProperty() {
        return profile.getReadOnlyProperty();
    }

    public EndpointProfile profile() {
        return profile.get();
    }

    public ReadOnlyObjectProperty<ConnectionPhase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** Why the engine is refused or lost, as a sentence; empty when connected. */
    public ReadOnlyStringProperty reasonProperty() {
        return reason.getReadOnlyProperty();
    }

    /** Seconds until the next attempt, or -1 when none is scheduled. */
    public ReadOnlyIntegerProperty retryInProperty() {
        return retryIn.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<InventorySnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<EngineInfo> infoProperty() {
        return info.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Instant> lastEventProperty() {
        return lastEvent.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty everConnectedProperty() {
        return everConnected.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty eventsLiveProperty() {
        return eventsLive.getReadOnlyProperty();
    }

    /** The session while connected, for detail look-ups; null otherwise. */
    public EngineSession session() {
        return session;
    }

    // Commands

    /** Connects (again); any previous session is closed first. Call on the UI thread. */
    public void connect() {
        disconnect();
        long gen = ++generation;
        phase.set(ConnectionPhase.CONNECTING);
        reason.set("");
        retryIn.set(-1);
        EndpointProfile p = profile.get();
        executor.submit(() -> open(p), c -> {
            if (gen != generation || closed) {
                c.close();
                return;
            }
            connected(c);
        }, e -> {
            if (gen == generation && !closed) {
                refused(e);
            }
        });
    }

    /** Replaces the profile (after an edit) and reconnects. */
    public void update(EndpointProfile newProfile) {
        profile.set(newProfile);
        backoff.reset();
        connect();
    }

    /** Reloads now, as after a resync. */
    public void refresh() {
        if (session != null) {
            refreshInfo.set(true);
            requestReload();
        } else {
            backoff.reset();
            connect();
        }
    }

    @Override
    public void close() {
        closed = true;
        disconnect();
    }

    private Opened open(EndpointProfile p) {
        long t0 = System.nanoTime();
        EngineSession s = connector.connect(p);
        long t1 = System.nanoTime();
        try {
            Subscription sub;
            try {
                sub = s.subscribeEvents(new Listener());
            } catch (RuntimeException e) {
                LOG.warn("No event stream from {} ({}); refreshing every {} s instead", p.name(), e.getMessage(),
                        FALLBACK_REFRESH.toSeconds());
                sub = null;
            }
            InventorySnapshot snap;
            try {
                snap = s.inventory();
            } catch (RuntimeException e) {
                if (sub != null) {
                    sub.close();
                }
                throw e;
            }
            if (LOG.isDebugEnabled()) {
                LOG.debug("Opened {}: connect {} ms, events + first inventory {} ms", p.name(), (t1 - t0) / 1_000_000,
                        (System.nanoTime() - t1) / 1_000_000);
            }
            return new Opened(s, sub, snap);
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
    }

    private void connected(Opened c) {
        session = c.session;
        subscription = c.subscription;
        live = c.subscription != null;
        backoff.reset();
        cancelTimers();
        unlistedDeaths.clear();
        info.set(c.session.info());
        apply(c.snapshot);
        phase.set(ConnectionPhase.CONNECTED);
        reason.set("");
        retryIn.set(-1);
        everConnected.set(true);
        eventsLive.set(live);
        if (!live) {
            startFallback();
        }
    }

    /** Slow refresh, only while the event stream is unavailable. */
    private void startFallback() {
        if (fallback == null) {
            long every = FALLBACK_REFRESH.toMillis();
            fallback = timers.scheduleAtFixedRate(() -> {
                if (!live) {
                    reload();
                }
            }, every, every, TimeUnit.MILLISECONDS);
        }
    }

    private void refused(Throwable e) {
        String sentence = sentence(e);
        LOG.info("Endpoint {} refused: {}", profile.get().name(), sentence);
        phase.set(ConnectionPhase.REFUSED);
        reason.set(sentence);
        if (isTransient(e)) {
            Duration delay = backoff.next();
            startCountdown(delay);
            retry = timers.schedule(() -> executor.onUiThread(() -> {
                if (!closed && phase.get() == ConnectionPhase.REFUSED) {
                    connect();
                }
            }), delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void apply(InventorySnapshot snap) {
        snapshot.set(snap);
        Duration recheck = settle.next(snap);
        if (recheck != null && !closed) {
            timers.schedule(this::requestReload, recheck.toMillis(), TimeUnit.MILLISECONDS);
        }
        if (snap.engine() != null) {
            info.set(snap.engine());
        }
    }

    private void requestReload() {
        if (closed || session == null) {
            return;
        }
        long sinceLast = (System.nanoTime() - lastReloadNanos) / 1_000_000;
        long delay = Math.max(COALESCE.toMillis(), MIN_RELOAD_GAP.toMillis() - sinceLast);
        if (reloadPending.compareAndSet(false, true)) {
            timers.schedule(this::reload, delay, TimeUnit.MILLISECONDS);
        }
        if (delay > COALESCE.toMillis() && !patches.isEmpty() && patchPending.compareAndSet(false, true)) {
            timers.schedule(() -> {
                patchPending.set(false);
                if (!closed) {
                    applyPatches();
                }
            }, COALESCE.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void reload() {
        reloadPending.set(false);
        EngineSession s = session;
        if (s == null || closed) {
            return;
        }
        applyPatches();
        if (!reloadInFlight.compareAndSet(false, true)) {
            reloadAgain.set(true);
            // The reload in flight may have ended between the two lines above without seeing the flag.
            if (!reloadInFlight.get() && reloadAgain.getAndSet(false)) {
                requestReload();
            }
            return;
        }
        boolean withInfo = refreshInfo.getAndSet(false);
        long started = System.nanoTime();
        lastReloadNanos = started;
        executor.submit(() -> {
            if (withInfo) {
                s.refreshInfo();
            }
            return s.inventory();
        }, snap -> {
            reloadInFlight.set(false);
            // Events that arrived while this fetch ran are newer than what it read: keep what they said.
            java.util.List<EngineEvent> newer = java.util.List.copyOf(patchedDuringFetch);
            patchedDuringFetch.clear();
            if (s == session && !closed) {
                long fetched = System.nanoTime();
                // Deaths first, on what the engine listed: the events of the fetch's time may kill (and
                // so hide whether the engine lists it dead yet) or start the same container.
                InventorySnapshot listed = unlistedDeaths.apply(snap, Instant.now());
                apply(newer.isEmpty() ? listed : EventPatch.apply(listed, newer));
                if (LOG.isDebugEnabled()) {
                    LOG.debug("Reload of {}: fetch {} ms, UI apply {} ms", profile.get().name(),
                            (fetched - started) / 1_000_000, (System.nanoTime() - fetched) / 1_000_000);
                }
                lastEvent.set(latestEvent);
                if (!live && subscription == null && phase.get() == ConnectionPhase.LOST) {
                    // No event stream at all: the fallback refresh is what tells us the engine is back.
                    phase.set(ConnectionPhase.CONNECTED);
                    reason.set("");
                    retryIn.set(-1);
                    if (countdown != null) {
                        countdown.cancel(false);
                        countdown = null;
                    }
                }
            }
            if (reloadAgain.getAndSet(false)) {
                requestReload();
            }
        }, e -> {
            reloadInFlight.set(false);
            patchedDuringFetch.clear();
            LOG.debug("Inventory reload of {} failed: {}", profile.get().name(), e.getMessage());
            if (s == session && !closed && subscription == null && phase.get() == ConnectionPhase.CONNECTED) {
                phase.set(ConnectionPhase.LOST);
                reason.set(sentence(e));
                startCountdown(FALLBACK_REFRESH);
            }
            if (reloadAgain.getAndSet(false)) {
                requestReload();
            }
        });
    }

    /** Shows what the coalesced events say outright now; the reload then brings the whole truth. */
    private void applyPatches() {
        java.util.List<EngineEvent> batch = new java.util.ArrayList<>();
        for (EngineEvent e; (e = patches.poll()) != null; ) {
            batch.add(e);
        }
        if (!batch.isEmpty()) {
            boolean duringFetch = reloadInFlight.get();
            executor.onUiThread(() -> {
                InventorySnapshot current = snapshot.get();
                if (current != null && !closed) {
                    unlistedDeaths.record(batch, Instant.now());
                    snapshot.set(EventPatch.apply(current, batch));
                    if (duringFetch) {
                        patchedDuringFetch.addAll(batch);
                    }
                }
            });
        }
    }

    private void disconnect() {
        cancelTimers();
        Subscription sub = subscription;
        EngineSession s = session;
        subscription = null;
        session = null;
        live = false;
        if (sub != null || s != null) {
            executor.submit(() -> {
                if (sub != null) {
                    sub.close();
                }
                if (s != null) {
                    s.close();
                }
                return null;
            }, x -> { }, e -> LOG.debug("Closing session failed", e));
        }
    }

    private void cancelTimers() {
        for (ScheduledFuture<?> f : new ScheduledFuture<?>[] {countdown, retry, fallback}) {
            if (f != null) {
                f.cancel(false);
            }
        }
        countdown = null;
        retry = null;
        fallback = null;
    }

    private void startCountdown(Duration delay) {
        if (countdown != null) {
            countdown.cancel(false);
        }
        Instant due = Instant.now().plus(delay);
        retryIn.set((int) Math.max(0, delay.toSeconds()));
        countdown = timers.scheduleAtFixedRate(() -> executor.onUiThread(() -> {
            long left = Math.max(0, Duration.between(Instant.now(), due).toMillis() + 999) / 1000;
            retryIn.set((int) left);
        }), 250, 250, TimeUnit.MILLISECONDS);
    }

    private void onLost(EngineException e, Duration retryAfter) {
        live = false;
        executor.onUiThread(() -> {
            if (closed || session == null) {
                return;
            }
            eventsLive.set(false);
            phase.set(ConnectionPhase.LOST);
            reason.set(sentence(e));
            startCountdown(retryAfter == null ? Duration.ofSeconds(1) : retryAfter);
            startFallback();
        });
    }

    private void onBack() {
        live = true;
        refreshInfo.set(true);
        executor.onUiThread(() -> {
            if (closed || session == null) {
                return;
            }
            cancelTimers();
            unlistedDeaths.clear(); // events may have been missed: the reload after a resync is the truth
            eventsLive.set(true);
            phase.set(ConnectionPhase.CONNECTED);
            reason.set("");
            retryIn.set(-1);
        });
        requestReload();
    }

    /**
     * Healthcheck probes run as exec_create/exec_start/exec_die every interval of every container
     * with a healthcheck; they change nothing shown (health_status events do).
     */
    static boolean changesInventory(EngineEvent e) {
        String action = e.action() == null ? "" : e.action();
        return !action.startsWith("exec_");
    }

    static String sentence(Throwable e) {
        Throwable t = e;
        while (t != null && !(t instanceof EngineException) && t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        Throwable shown = t instanceof EngineException ? t : e;
        String m = shown.getMessage();
        return m == null || m.isBlank() ? "The engine did not answer (" + shown.getClass().getSimpleName() + ")." : m;
    }

    static boolean isTransient(Throwable e) {
        if (!(e instanceof EngineException ee)) {
            return true;
        }
        return switch (ee.kind()) {
            case NOT_LISTENING, TIMEOUT, CONNECTION_LOST, UNKNOWN -> true;
            default -> false;
        };
    }

    private record Opened(EngineSession session, Subscription subscription, InventorySnapshot snapshot) {
        void close() {
            if (subscription != null) {
                subscription.close();
            }
            session.close();
        }
    }

    private final class Listener implements EngineEventListener {
        @Override
        public void onEvent(EngineEvent event) {
            if (!changesInventory(event)) {
                return;
            }
            latestEvent = event.time() == null ? Instant.now() : event.time();
            settle.reset();
            if (EventPatch.patches(event)) {
                patches.add(event);
            }
            requestReload();
        }

        @Override
        public void onResync() {
            onBack();
        }

        @Override
        public void onConnectionLost(EngineException reason, Duration retryIn) {
            onLost(reason, retryIn);
        }
    }
}
