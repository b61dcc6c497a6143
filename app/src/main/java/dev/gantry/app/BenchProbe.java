package dev.gantry.app;

import dev.gantry.adapter.api.EngineConnector;
import dev.gantry.adapter.api.EngineEvent;
import dev.gantry.adapter.api.EngineEventListener;
import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.api.EngineSession;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;

/**
 * Benchmark hooks for scripts/bench-main-window.sh, active only with {@code -Dgantry.bench=true}.
 * Prints {@code bench: ...} lines on stdout:
 * <ul>
 *   <li>{@code first-inventory-paint-ms=N}: from the launch (GANTRY_LAUNCH_EPOCH_MS, else the JVM's
 *       start) to the second pulse after the inventory tree got its first rows (the first pulse
 *       lays the frame out and hands it to the render thread; the next starts after it was
 *       rendered), followed by a breakdown of the start path;</li>
 *   <li>{@code burst ...}: for each burst of events (naming {@code gantry.bench.events} when set)
 *       ended by 3 s of quiet ({@code gantry.bench.quiet-ms}), the time from its first event to the first and the last painted
 *       tree update.</li>
 * </ul>
 * With {@code -Dgantry.bench.exit=true} the app exits after the first inventory paint.
 * {@code -Dgantry.bench.early=false} measures the start path without {@link EarlyStart}.
 */
final class BenchProbe {

    static final String LAUNCH_TIME_VARIABLE = "GANTRY_LAUNCH_EPOCH_MS";
    private static final boolean ENABLED = Boolean.getBoolean("gantry.bench");
    private static final long QUIET_MS = Long.getLong("gantry.bench.quiet-ms", 3000);
    private static final Map<String, String> MARKS = new LinkedHashMap<>();
    private static final long LAUNCH = ENABLED ? launchEpochMillis() : 0;
    private static Burst burst;
    private static ScheduledExecutorService quietTimer;

    private BenchProbe() {
    }

    static boolean enabled() {
        return ENABLED;
    }

    /** {@code -Dgantry.bench.early=false}: the window loads and connects from its start, as before EarlyStart. */
    static boolean earlyStartOff() {
        return ENABLED && !Boolean.parseBoolean(System.getProperty("gantry.bench.early", "true"));
    }

    /** Notes the first time the start path reaches {@code what}. */
    static void mark(String what) {
        if (ENABLED) {
            synchronized (MARKS) {
                MARKS.putIfAbsent(what, (System.currentTimeMillis() - LAUNCH) + "/" + cpuMillis());
            }
        }
    }

    /** In bench mode, a connector whose sessions note connect and inventory times and event arrivals. */
    static EngineConnector wrap(EngineConnector connector) {
        if (!ENABLED) {
            return connector;
        }
        return profile -> {
            mark("connect-begin");
            EngineSession s = connector.connect(profile);
            mark("connected");
            return watched(s);
        };
    }

    /** Watches the window and the inventory rows; call on the FX thread once the stage is shown. */
    static void attach(Scene scene, ObservableValue<? extends List<?>> rows) {
        if (!ENABLED) {
            return;
        }
        mark("stage-shown");
        BenchProbe.scene = scene;
        afterPaint(scene, () -> mark("window-painted"));
        boolean[] first = {true};
        Runnable onRows = () -> {
            if (rows.getValue().isEmpty()) {
                return;
            }
            if (first[0]) {
                first[0] = false;
                mark("tree-rows-set");
                afterPaint(scene, BenchProbe::firstInventoryPainted);
            } else {
                afterPaint(scene, BenchProbe::treeUpdatePainted);
            }
        };
        rows.addListener((o, a, b) -> onRows.run());
        onRows.run();
    }

    private static Scene scene;

    private static void firstInventoryPainted() {
        mark("inventory-painted");
        if (Boolean.getBoolean("gantry.bench.nodes")) {
            print("bench: nodes " + nodeCounts(scene.getRoot(), 0));
        }
        StringJoiner breakdown = new StringJoiner(" ", "bench: breakdown-ms(wall/cpu) ", "");
        synchronized (MARKS) {
            MARKS.forEach((k, v) -> breakdown.add(k + "=" + v));
        }
        long jvm = ManagementFactory.getRuntimeMXBean().getStartTime() - LAUNCH;
        String painted = MARKS.get("inventory-painted");
        print("bench: first-inventory-paint-ms=" + painted.substring(0, painted.indexOf('/')) + " jvm-start-ms=" + jvm
                + " cpu-ms=" + cpuMillis());
        print(breakdown.toString());
        if (Boolean.getBoolean("gantry.bench.exit")) {
            Platform.exit();
        }
    }

    /** Nodes under {@code n}, and the same for its larger children, three levels down (which part of the window costs what). */
    private static String nodeCounts(javafx.scene.Node n, int depth) {
        int total = count(n);
        StringBuilder b = new StringBuilder();
        b.append(n.getClass().getSimpleName()).append(n.getId() == null ? "" : "#" + n.getId()).append('=').append(total);
        if (depth < 9 && n instanceof javafx.scene.Parent p) {
            StringJoiner kids = new StringJoiner(", ", " [", "]");
            kids.setEmptyValue("");
            for (javafx.scene.Node c : p.getChildrenUnmodifiable()) {
                if (count(c) >= 25) {
                    kids.add(nodeCounts(c, depth + 1));
                }
            }
            b.append(kids);
        }
        return b.toString();
    }

    private static int count(javafx.scene.Node n) {
        int c = 1;
        if (n instanceof javafx.scene.Parent p) {
            for (javafx.scene.Node k : p.getChildrenUnmodifiable()) {
                c += count(k);
            }
        }
        return c;
    }

    private static synchronized void treeUpdatePainted() {
        if (burst != null) {
            long now = System.nanoTime();
            if (burst.firstUpdate < 0) {
                burst.firstUpdate = now;
            }
            burst.lastUpdate = now;
            burst.updates++;
        }
    }

    private static synchronized void eventArrived(EngineEvent e) {
        String action = e.action() == null ? "" : e.action();
        String only = System.getProperty("gantry.bench.events", "");
        if (action.startsWith("exec_") || !only.isEmpty() && !e.attributes().values().stream().anyMatch(v -> v.contains(only))) {
            return;
        }
        long now = System.nanoTime();
        if (burst == null) {
            burst = new Burst(now);
            if (quietTimer == null) {
                quietTimer = Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "gantry-bench");
                    t.setDaemon(true);
                    return t;
                });
                quietTimer.scheduleWithFixedDelay(BenchProbe::closeQuietBurst, 250, 250, TimeUnit.MILLISECONDS);
            }
        }
        burst.lastEvent = now;
        burst.events++;
    }

    private static synchronized void closeQuietBurst() {
        long now = System.nanoTime();
        if (burst == null || now - Math.max(burst.lastEvent, burst.lastUpdate) < QUIET_MS * 1_000_000) {
            return;
        }
        Burst b = burst;
        burst = null;
        print("bench: burst events=" + b.events + " span-ms=" + ms(b.lastEvent - b.firstEvent)
                + " first-update-ms=" + (b.firstUpdate < 0 ? -1 : ms(b.firstUpdate - b.firstEvent))
                + " last-update-ms=" + (b.lastUpdate < 0 ? -1 : ms(b.lastUpdate - b.firstEvent))
                + " last-update-after-last-event-ms=" + (b.lastUpdate < 0 ? -1 : ms(b.lastUpdate - b.lastEvent))
                + " updates=" + b.updates);
    }

    /** Runs {@code then} on the second pulse from now: the frame laid out now has been rendered. */
    private static void afterPaint(Scene scene, Runnable then) {
        int[] pulses = {0};
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            pulses[0]++;
            if (pulses[0] == 1) {
                Platform.requestNextPulse();
            } else if (pulses[0] == 2) {
                then.run();
                Platform.runLater(() -> scene.removePostLayoutPulseListener(listener[0]));
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    private static EngineSession watched(EngineSession s) {
        InvocationHandler handler = (proxy, method, args) -> {
            Object[] a = args;
            boolean inventory = method.getName().equals("inventory") && method.getParameterCount() == 0;
            if (inventory) {
                mark("inventory-begin");
            }
            if (method.getName().equals("subscribeEvents") && args != null && args[0] instanceof EngineEventListener l) {
                a = new Object[] {new WatchedListener(l)};
            }
            try {
                return method.invoke(s, a);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            } finally {
                if (inventory) {
                    mark("inventory-fetched");
                }
            }
        };
        Set<Class<?>> interfaces = new LinkedHashSet<>();
        for (Class<?> c = s.getClass(); c != null; c = c.getSuperclass()) {
            interfaces.addAll(List.of(c.getInterfaces()));
        }
        return (EngineSession) Proxy.newProxyInstance(BenchProbe.class.getClassLoader(),
                interfaces.toArray(Class<?>[]::new), handler);
    }

    private record WatchedListener(EngineEventListener delegate) implements EngineEventListener {
        @Override
        public void onEvent(EngineEvent event) {
            eventArrived(event);
            delegate.onEvent(event);
        }

        @Override
        public void onResync() {
            delegate.onResync();
        }

        @Override
        public void onConnectionLost(EngineException reason, Duration retryIn) {
            delegate.onConnectionLost(reason, retryIn);
        }
    }

    private static final class Burst {
        final long firstEvent;
        long lastEvent;
        long firstUpdate = -1;
        long lastUpdate = -1;
        int events;
        int updates;

        Burst(long firstEvent) {
            this.firstEvent = firstEvent;
        }
    }

    private static long ms(long nanos) {
        return Math.round(nanos / 1e6);
    }

    private static void print(String line) {
        System.out.println(line);
        System.out.flush();
    }

    /** This process's user+system CPU time so far (Linux; -1 elsewhere), to see work apart from load. */
    private static long cpuMillis() {
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }

    private static long launchEpochMillis() {
        String given = System.getenv(LAUNCH_TIME_VARIABLE);
        if (given != null && given.matches("\\d{10,}")) {
            return Long.parseLong(given);
        }
        return ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
