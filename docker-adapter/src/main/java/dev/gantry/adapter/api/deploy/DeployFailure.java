package dev.gantry.adapter.api.deploy;

import dev.gantry.adapter.api.EngineException;
import java.util.Objects;

/**
 * Why a deploy stopped.
 *
 * @param step    the step that failed, e.g. "create service shop_web"
 * @param kind    the engine's typed refusal
 * @param message a sentence for the user
 */
public record DeployFailure(String step, EngineException.Kind kind, String message) {

    public DeployFailure {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    public String sentence() {
        return "Deploy failed at \"" + step + "\": " + message;
    }
}
