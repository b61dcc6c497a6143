package dev.gantry.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.EndpointProfile;
import dev.gantry.adapter.api.EngineConnector;
import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.api.EngineSession;
import dev.gantry.ui.settings.AppSettings;
import dev.gantry.ui.settings.SavedEndpoint;
import dev.gantry.ui.settings.SettingsStore;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The early start hands its settings and session over once, to the matching first caller only. */
class EarlyStartTest {

    private static final EndpointProfile LOCAL = profile("local", "unix:///tmp/gantry-early-a.sock");
    private static final EndpointProfile OTHER = profile("other", "unix:///tmp/gantry-early-b.sock");

    private final AtomicInteger loads = new AtomicInteger();
    private final List<EndpointProfile> connects = new ArrayList<>();
    private final List<FakeSession> sessions = new ArrayList<>();

    @Test
    void theFirstLoadIsTheEarlyOneAndLaterLoadsReadAgain() {
        AppSettings saved = AppSettings.defaults().withTheme("dark");
        EarlyStart early = EarlyStart.begin(() -> store(saved), () -> connector(null), () -> List.of(LOCAL));

        SettingsStore store = early.store();
        assertEquals("dark", store.load().settings().theme());
        assertEquals(1, loads.get(), "the file is read once for the early start and the window");
        store.load();
        assertEquals(2, loads.get());
    }

    @Test
    void theFirstConnectToTheDefaultEndpointTakesTheEarlySession() {
        EarlyStart early = EarlyStart.begin(() -> store(AppSettings.defaults()), () -> connector(null), () -> List.of(LOCAL));
        EngineConnector connector = early.connector();

        EngineSession first = connector.connect(LOCAL);
        assertSame(sessions.get(0).proxy, first);
        assertEquals(List.of(LOCAL), connects);

        EngineSession again = connector.connect(LOCAL);
        assertNotSame(first, again, "a reconnect opens a new session");
        assertEquals(List.of(LOCAL, LOCAL), connects);
    }

    @Test
    void aSavedEndpointIsConnectedEarlyRatherThanTheDefault() {
        AppSettings saved = AppSettings.defaults().withEndpoints(List.of(SavedEndpoint.of(OTHER)));
        EarlyStart early = EarlyStart.begin(() -> store(saved), () -> connector(null), () -> List.of(LOCAL));

        early.store().load();
        EngineSession s = early.connector().connect(OTHER);
        assertSame(sessions.get(0).proxy, s);
        assertEquals(List.of(OTHER), connects);
    }

    @Test
    void aDifferentFirstEndpointClosesTheEarlySessionAndConnectsItsOwn() throws Exception {
        EarlyStart early = EarlyStart.begin(() -> store(AppSettings.defaults()), () -> connector(null), () -> List.of(LOCAL));

        EngineSession s = early.connector().connect(OTHER);
        // The early thread's connect and this one run concurrently: find each session by its endpoint.
        assertSame(sessionFor(OTHER).proxy, s);
        for (int i = 0; i < 500 && (sessionFor(LOCAL) == null || !sessionFor(LOCAL).closed); i++) {
            Thread.sleep(20);
        }
        assertTrue(sessionFor(LOCAL).closed, "the unused early session is closed");
        assertFalse(sessionFor(OTHER).closed, "the session handed out stays open");
    }

    @Test
    void anEarlyFailureIsTheFirstConnectsFailureAndTheRetryConnectsAgain() {
        EngineException refused = new EngineException(EngineException.Kind.NOT_LISTENING, "Nothing listens on the socket.");
        EarlyStart early = EarlyStart.begin(() -> store(AppSettings.defaults()), () -> connector(refused), () -> List.of(LOCAL));
        EngineConnector connector = early.connector();

        EngineException thrown = assertThrows(EngineException.class, () -> connector.connect(LOCAL));
        assertSame(refused, thrown);
        assertThrows(EngineException.class, () -> connector.connect(LOCAL));
        assertEquals(2, connects.size(), "the retry is a new attempt");
    }

    @Test
    void aConnectorThatCouldNotBeMadeFailsEachConnectWithItsOwnException() {
        IllegalStateException broken = new IllegalStateException("no TLS provider");
        EarlyStart early = EarlyStart.begin(() -> store(AppSettings.defaults()), () -> {
            throw broken;
        }, () -> List.of(LOCAL));
        EngineConnector connector = early.connector();

        assertSame(broken, assertThrows(IllegalStateException.class, () -> connector.connect(LOCAL)),
                "the early endpoint's connect");
        assertSame(broken, assertThrows(IllegalStateException.class, () -> connector.connect(LOCAL)),
                "a later connect");
        assertEquals(0, connects.size());
    }

    private FakeSession sessionFor(EndpointProfile profile) {
        synchronized (sessions) {
            return sessions.stream().filter(f -> f.profile.equals(profile)).findFirst().orElse(null);
        }
    }

    private SettingsStore store(AppSettings settings) {
        return new SettingsStore() {
            @Override
            public Loaded load() {
                loads.incrementAndGet();
                return new Loaded(settings, null);
            }

            @Override
            public void save(AppSettings s) {
            }
        };
    }

    private EngineConnector connector(EngineException failure) {
        return profile -> {
            synchronized (connects) {
                connects.add(profile);
            }
            if (failure != null) {
                throw failure;
            }
            FakeSession s = new FakeSession(profile);
            synchronized (sessions) {
                sessions.add(s);
            }
            return s.proxy;
        };
    }

    private static EndpointProfile profile(String name, String host) {
        return new EndpointProfile(name, URI.create(host), null, false, EndpointProfile.Source.USER);
    }

    /** Only close() matters here. */
    private static final class FakeSession {
        final EndpointProfile profile;
        volatile boolean closed;

        FakeSession(EndpointProfile profile) {
            this.profile = profile;
        }

        final EngineSession proxy = (EngineSession) Proxy.newProxyInstance(EngineSession.class.getClassLoader(),
                new Class<?>[] {EngineSession.class}, (p, m, a) -> {
                    if (m.getDeclaringClass() == Object.class) {
                        return switch (m.getName()) {
                            case "equals" -> p == a[0];
                            case "hashCode" -> System.identityHashCode(p);
                            default -> "FakeSession";
                        };
                    }
                    if (m.getName().equals("close")) {
                        closed = true;
                        return null;
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
    }
}
