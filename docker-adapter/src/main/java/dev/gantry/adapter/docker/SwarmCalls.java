package dev.gantry.adapter.docker;

import com.github.dockerjava.api.exception.DockerException;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Swarm list calls that are normal to refuse: an engine that is not a swarm manager (inactive or a
 * worker) answers 503 "This node is not a swarm manager", which means "no swarm parts here".
 */
final class SwarmCalls {

    private SwarmCalls() {
    }

    static <T> List<T> listOrEmpty(Supplier<List<T>> call) {
        try {
            List<T> result = call.get();
            return result == null ? List.of() : result;
        } catch (DockerException e) {
            if (isNotSwarmManager(e)) {
                return List.of();
            }
            throw e;
        }
    }

    /** Only this refusal: a swarm without a leader (also 503) is a real problem and stays an error. */
    static boolean isNotSwarmManager(Throwable e) {
        return e instanceof DockerException de
                && de.getHttpStatus() == 503
                && de.getMessage() != null
                && de.getMessage().toLowerCase(Locale.ROOT).contains("not a swarm manager");
    }
}
