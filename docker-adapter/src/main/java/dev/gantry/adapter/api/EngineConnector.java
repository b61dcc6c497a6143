package dev.gantry.adapter.api;

/** Opens sessions with engines. Implemented over docker-java; wired by the app. */
public interface EngineConnector {

    /**
     * Checks the profile, connects, negotiates the API version and reads version/info.
     *
     * @throws EngineException with a user-facing sentence when the engine cannot be used
     */
    EngineSession connect(EndpointProfile profile);

    /**
     * The endpoint dialog's "Test connection": the same checks and negotiation as
     * {@link #connect}, then disconnects.
     *
     * @return what the engine says about itself, with the negotiated API version
     * @throws EngineException with a user-facing sentence when the engine cannot be used
     */
    default EngineInfo test(EndpointProfile profile) {
        try (EngineSession session = connect(profile)) {
            return session.info();
        }
    }
}
