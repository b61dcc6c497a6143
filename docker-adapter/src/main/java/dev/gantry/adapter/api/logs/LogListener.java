package dev.gantry.adapter.api.logs;

import dev.gantry.adapter.api.EngineException;
import java.util.List;

/**
 * Receives a log stream. Called on the stream's own threads (one per container), possibly
 * concurrently: implementations hand the lines over to their consumer (e.g. a queue) and return.
 */
public interface LogListener {

    /** A batch of complete lines from one source, in order. */
    void onLines(List<LogLine> lines);

    /** The stream could not start or failed for good; the message is for the user. */
    default void onError(EngineException error) {
    }

    /** Every stream of this subscription ended (not following, or everything stopped). */
    default void onEnd() {
    }
}
