package dev.gantry.adapter.alerts;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** The alerts raised and resolved, newest last, bounded; and which are active now. Thread-safe. */
public final class AlertHistory {

    private final int cap;
    private final ArrayDeque<AlertEvent> events = new ArrayDeque<>();
    private final Map<String, AlertEvent> active = new LinkedHashMap<>();
    private final List<Consumer<AlertEvent>> listeners = new CopyOnWriteArrayList<>();

    public AlertHistory() {
        this(1000);
    }

    public AlertHistory(int cap) {
        this.cap = cap;
    }

    public void add(AlertEvent e) {
        synchronized (this) {
            events.addLast(e);
            while (events.size() > cap) {
                events.removeFirst();
            }
            String key = e.rule().id() + "|" + e.subject().id();
            if (e.kind() == AlertEvent.Kind.FIRED) {
                active.put(key, e);
            } else {
                active.remove(key);
            }
        }
        listeners.forEach(l -> l.accept(e));
    }

    public synchronized List<AlertEvent> events() {
        return List.copyOf(events);
    }

    /** The FIRED events of alerts not resolved yet. */
    public synchronized List<AlertEvent> active() {
        return new ArrayList<>(active.values());
    }

    /** Called on the thread that adds, after the event is recorded. */
    public void addListener(Consumer<AlertEvent> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<AlertEvent> listener) {
        listeners.remove(listener);
    }
}
