package dev.gantry.adapter.docker.ops;

import com.github.dockerjava.api.exception.DockerException;
import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.api.EngineException.Kind;
import java.util.function.Function;

/**
 * Turns an engine refusal during an operation into a typed {@link EngineException} whose sentence
 * names the object acted on. Transport problems go to the session's general translation.
 */
final class OpsErrors {

    private final Function<Throwable, EngineException> general;

    OpsErrors(Function<Throwable, EngineException> general) {
        this.general = general;
    }

    /**
     * @param what   the object, e.g. "service gt-web"
     * @param action what was tried, e.g. "scale"
     */
    EngineException translate(RuntimeException e, String action, String what) {
        if (e instanceof EngineException ee) {
            return ee;
        }
        if (e instanceof DockerException de && de.getHttpStatus() >= 400) {
            String engine = engineText(de);
            int status = de.getHttpStatus();
            if (status == 404) {
                return new EngineException(Kind.NOT_FOUND, capitalize(what) + " does not exist (any more), so Gantry cannot "
                        + action + " it.", e);
            }
            if (status == 409) {
                return new EngineException(Kind.CONFLICT, "Cannot " + action + " " + what + ": " + engine, e);
            }
            if (status == 400) {
                return new EngineException(Kind.BAD_REQUEST, "The engine refused to " + action + " " + what + ": " + engine, e);
            }
            if (status == 503 && engine.contains("not a swarm manager")) {
                return new EngineException(Kind.NOT_SWARM_MANAGER, "Cannot " + action + " " + what
                        + ": this engine is not a swarm manager.", e);
            }
            if (isOutOfSequence(de)) {
                return new EngineException(Kind.CONFLICT, "Cannot " + action + " " + what
                        + ": someone else changed it at the same time; reload and try again.", e);
            }
            if (status == 500 && engine.toLowerCase().contains("no such")) {
                return new EngineException(Kind.NOT_FOUND, capitalize(what) + " does not exist (any more), so Gantry cannot "
                        + action + " it.", e);
            }
            return new EngineException(Kind.UNKNOWN, "Cannot " + action + " " + what + ": " + engine, e);
        }
        return general.apply(e);
    }

    static boolean isOutOfSequence(RuntimeException e) {
        return e instanceof DockerException de && de.getHttpStatus() == 500
                && engineText(de).contains("update out of sequence");
    }

    static boolean isNotFound(RuntimeException e) {
        return e instanceof DockerException de && de.getHttpStatus() == 404;
    }

    /** docker-java prefixes "Status 404: {"message":"..."}"; keep only the engine's words. */
    static String engineText(DockerException e) {
        String m = e.getMessage() == null ? "" : e.getMessage().strip();
        int i = m.indexOf("\"message\":\"");
        if (i >= 0) {
            int start = i + 11;
            int end = m.indexOf('"', start);
            return end > start ? m.substring(start, end) : m.substring(start);
        }
        return m.replaceFirst("^Status \\d+: ", "");
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
