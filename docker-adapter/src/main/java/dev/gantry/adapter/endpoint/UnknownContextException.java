package dev.gantry.adapter.endpoint;

import dev.gantry.adapter.api.EngineException;
import java.nio.file.Path;

/** A docker context name that has no metadata in the docker config directory. */
public final class UnknownContextException extends EngineException {

    private final String contextName;

    public UnknownContextException(String contextName, Path configDir, String chosenBy) {
        super(Kind.INVALID_ENDPOINT, "There is no docker context named \"" + contextName + "\" (" + chosenBy
                + ") in " + configDir.resolve("contexts") + ": create it with \"docker context create\" or"
                + " choose another one.");
        this.contextName = contextName;
    }

    public String contextName() {
        return contextName;
    }
}
