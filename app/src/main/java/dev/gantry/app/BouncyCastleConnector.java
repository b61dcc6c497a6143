package dev.gantry.app;

import dev.gantry.adapter.api.EndpointProfile;
import dev.gantry.adapter.api.EngineConnector;
import dev.gantry.adapter.api.EngineSession;
import java.security.Security;

/**
 * Registers the BouncyCastle provider before the first connect over TLS. docker-java reads PEM keys
 * through the "BC" provider but does not register it itself. Constructing the provider costs about
 * 0.3 s of CPU, so it is done on the connecting (background) thread rather than on the launch path,
 * and not at all for endpoints without TLS (a local socket): on two cores that CPU is taken from
 * the JavaFX start running at the same time.
 */
final class BouncyCastleConnector implements EngineConnector {

    private final EngineConnector delegate;

    BouncyCastleConnector(EngineConnector delegate) {
        this.delegate = delegate;
    }

    @Override
    public EngineSession connect(EndpointProfile profile) {
        if (profile.usesTls()) {
            register();
        }
        return delegate.connect(profile);
    }

    static void register() {
        Provider.register();
    }

    /**
     * Kept apart so that loading the connector does not load BouncyCastle: verifying a method that
     * passes a {@code BouncyCastleProvider} to {@code Security.addProvider} loads that class, and its
     * jar is signed, so the JVM first checks the jar's signature (about 0.15 s before the window
     * could start, for every launch, TLS or not).
     */
    private static final class Provider {
        static synchronized void register() {
            if (Security.getProvider("BC") == null) {
                Security.addProvider(new org.bouncycastle.jce.provider.BouncyCastleProvider());
            }
        }
    }
}
