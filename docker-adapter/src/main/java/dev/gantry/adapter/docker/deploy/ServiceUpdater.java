package dev.gantry.adapter.docker.deploy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.docker.deploy.RunningStack.RunningService;
import java.util.function.Function;

/**
 * Updates a service with the version index of a fresh inspect; on "update out of sequence" (someone
 * else updated it meanwhile) reads it again and retries once.
 */
final class ServiceUpdater {

    private ServiceUpdater() {
    }

    /** @param specFor builds the spec to send from the freshly inspected service */
    static void update(EngineApi api, String id, Function<RunningService, ObjectNode> specFor) {
        update(api, RunningStack.inspectService(api, id), specFor);
    }

    /**
     * @param current the service as read moments ago (this deploy's read of the stack), whose version
     *                the first attempt uses; a conflict means it changed since, so it is read again
     */
    static void update(EngineApi api, RunningService current, Function<RunningService, ObjectNode> specFor) {
        String id = current.id();
        for (int attempt = 1; ; attempt++) {
            RunningService fresh = attempt == 1 ? current : RunningStack.inspectService(api, id);
            try {
                api.post("/services/" + EngineApi.encode(id) + "/update?version=" + fresh.version(),
                        specFor.apply(fresh));
                return;
            } catch (EngineException e) {
                if (attempt >= 2 || !e.getMessage().contains("out of sequence")) {
                    throw e;
                }
            }
        }
    }
}
