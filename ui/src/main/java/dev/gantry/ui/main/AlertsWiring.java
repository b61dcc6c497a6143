package dev.gantry.ui.main;

import dev.gantry.adapter.alerts.AlertEvaluator;
import dev.gantry.adapter.alerts.AlertHistory;
import dev.gantry.adapter.alerts.AlertMetric;
import dev.gantry.adapter.alerts.AlertMonitor;
import dev.gantry.adapter.alerts.AlertReading;
import dev.gantry.adapter.alerts.AlertRule;
import dev.gantry.adapter.alerts.AlertRules;
import dev.gantry.adapter.alerts.AlertSubject;
import dev.gantry.adapter.api.ContainerInfo;
import dev.gantry.adapter.api.EngineSession;
import dev.gantry.adapter.api.Health;
import dev.gantry.adapter.api.InventorySnapshot;
import dev.gantry.adapter.api.ServiceInfo;
import dev.gantry.ui.alerts.AlertNotifier;
import dev.gantry.ui.alerts.AlertRulesStore;
import dev.gantry.ui.alerts.AlertsPanel;
import dev.gantry.ui.alerts.AlertsViewModel;
import dev.gantry.ui.concurrent.BackgroundExecutor;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Alerts for the selected endpoint: the rules (persisted through an {@link AlertRulesStore}), a
 * monitor that samples the containers a rule covers, readings of health and missing replicas from
 * each inventory snapshot, a notification when an alert fires, and the Alerts panel.
 */
final class AlertsWiring implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AlertsWiring.class);
    private final AlertHistory history = new AlertHistory();
    private final AlertEvaluator evaluator;
    private final AlertsViewModel vm;
    private final AlertsPanel panel;
    private final Supplier<EngineSession> session;
    private EngineSession monitored;
    private AlertMonitor monitor;
    private Set<String> watched = new HashSet<>();
    private boolean samplingHeld;

    AlertsWiring(BackgroundExecutor executor, AlertRulesStore store, Supplier<EngineSession> session,
                 Supplier<javafx.stage.Window> owner) {
        this.session = session;
        // No rule applies until the saved ones are read (off the UI thread); readings only come with
        // the first snapshot, after the connect, which takes longer than reading a small file.
        evaluator = new AlertEvaluator(List.of(), history);
        vm = new AlertsViewModel(executor, evaluator, history);
        vm.setOnFired(new AlertNotifier(owner));
        executor.submit(store::load, saved -> vm.rulesLoaded(saved == null ? AlertRules.defaults() : saved), e -> {
            LOG.warn("Could not read the alert rules, using the defaults: {}", e.getMessage());
            vm.rulesLoaded(AlertRules.defaults());
        });
        AtomicReference<List<AlertRule>> toSave = new AtomicReference<>();
        vm.setOnRulesChanged(rules -> {
            toSave.set(rules);
            // Each write stores the newest rules, one at a time, so an older list never lands last.
            executor.submit(() -> {
                synchronized (toSave) {
                    store.save(toSave.get());
                }
                return null;
            }, done -> { }, e -> LOG.warn("Could not save the alert rules: {}", e.getMessage()));
            watched = new HashSet<>(); // re-evaluate which containers to sample on the next snapshot
        });
        panel = new AlertsPanel(vm);
    }

    /** Until {@link #releaseSampling}, snapshots are read for health and replicas but no container is sampled. */
    void holdSampling() {
        samplingHeld = true;
    }

    /** Lets the rules' containers be sampled from the next snapshot on. */
    void releaseSampling() {
        samplingHeld = false;
    }

    AlertsPanel panel() {
        return panel;
    }

    AlertsViewModel viewModel() {
        return vm;
    }

    /** Feeds a snapshot: health and replica readings, and which containers to sample. */
    void observe(InventorySnapshot snap) {
        EngineSession s = session.get();
        if (s != monitored) {
            close();
            monitored = s;
            if (s != null) {
                try {
                    monitor = new AlertMonitor(s.stats(), evaluator);
                } catch (RuntimeException e) {
                    LOG.info("No stats for alerts on this endpoint: {}", e.getMessage());
                }
            }
        }
        if (snap == null || monitor == null) {
            return;
        }
        Instant now = Instant.now();
        Set<String> running = new HashSet<>();
        for (ContainerInfo c : snap.containers()) {
            AlertSubject subject = AlertSubject.container(c.id(), c.name(), c.labels().get("com.docker.swarm.service.name"),
                    c.labels().get(ContainerInfo.STACK_NAMESPACE));
            if ("running".equals(c.state())) {
                // Only a running container's health counts: a stopped one keeps its last result, and
                // reading it would fire "unhealthy" again right after the alert resolved as gone.
                if (c.health() != null && c.health() != Health.NONE) {
                    monitor.observe(new AlertReading(now, subject, AlertMetric.HEALTH_STATUS, c.health() == Health.UNHEALTHY ? 1 : 0));
                }
                if (samplingHeld) {
                    continue;
                }
                running.add(c.id());
                if (!watched.contains(c.id())) {
                    monitor.watch(subject);
                }
            }
        }
        for (String gone : watched) {
            if (!running.contains(gone)) {
                monitor.unwatch(gone);
            }
        }
        watched = running;
        for (ServiceInfo svc : snap.services()) {
            if (!svc.isGlobal() || svc.desiredReplicas() > 0) {
                monitor.observe(new AlertReading(now, AlertSubject.service(svc.id(), svc.name(), svc.stack()),
                        AlertMetric.RUNNING_BELOW_DESIRED, Math.max(0, svc.desiredReplicas() - svc.runningReplicas())));
            }
        }
    }

    @Override
    public void close() {
        if (monitor != null) {
            monitor.close();
            monitor = null;
        }
        watched = new HashSet<>();
    }
}
