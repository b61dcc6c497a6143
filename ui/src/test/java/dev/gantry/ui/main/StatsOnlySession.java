package dev.gantry.ui.main;

import dev.gantry.adapter.api.EngineSession;
import dev.gantry.adapter.api.Subscription;
import dev.gantry.adapter.api.stats.StatsSource;
import java.lang.reflect.Proxy;
import java.util.List;

/**
 * A session for the alerts wiring alone: its stats source records which containers are watched and
 * sends no samples; every other call fails. Health and replica alerts need no samples.
 */
final class StatsOnlySession {

    private StatsOnlySession() {
    }

    /** @param watching the ids of the containers watched now (added on watch, removed on close) */
    static EngineSession recordingWatches(List<String> watching) {
        StatsSource stats = (StatsSource) Proxy.newProxyInstance(StatsOnlySession.class.getClassLoader(),
                new Class<?>[] {StatsSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("watch")) {
                        watching.add((String) args[0]);
                        return (Subscription) () -> watching.remove((String) args[0]);
                    }
                    return null;
                });
        return (EngineSession) Proxy.newProxyInstance(StatsOnlySession.class.getClassLoader(),
                new Class<?>[] {EngineSession.class}, (proxy, method, args) -> {
                    if (method.getName().equals("stats")) {
                        return stats;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
