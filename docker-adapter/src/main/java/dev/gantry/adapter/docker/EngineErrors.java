package dev.gantry.adapter.docker;

import dev.gantry.adapter.api.EndpointProfile;
import dev.gantry.adapter.api.EngineException;

/** Turns docker-java and transport exceptions into typed, user-readable {@link EngineException}s. */
final class EngineErrors {

    private EngineErrors() {
    }

    static EngineException translate(EndpointProfile profile, Throwable e) {
        return new EngineException(EngineException.Kind.UNKNOWN,
                "Cannot use the engine at " + profile.host() + ": " + e.getMessage(), e);
    }
}
