package dev.gantry.adapter.endpoint;

import dev.gantry.adapter.api.EndpointProfile;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Which endpoint the docker CLI would use, with its precedence ({@code resolveContextName} in
 * docker/cli {@code cli/command/cli.go}, without the command-line flags):
 * <ol>
 *   <li>a non-empty DOCKER_HOST: the "default" context, i.e. DOCKER_HOST with its TLS variables
 *       (DOCKER_HOST wins over DOCKER_CONTEXT);</li>
 *   <li>a non-empty DOCKER_CONTEXT;</li>
 *   <li>{@code currentContext} in config.json;</li>
 *   <li>the "default" context: the platform default socket or pipe.</li>
 * </ol>
 */
public final class EndpointResolver {

    private EndpointResolver() {
    }

    /** A context name and what chose it (for messages such as "DOCKER_CONTEXT"). */
    public record ContextChoice(String name, String chosenBy) {
    }

    public static ContextChoice currentContextName(Map<String, String> env, Path configDir) {
        if (nonEmpty(env.get("DOCKER_HOST"))) {
            return new ContextChoice(Endpoints.DEFAULT_CONTEXT, "DOCKER_HOST is set");
        }
        String fromEnv = env.get("DOCKER_CONTEXT");
        if (nonEmpty(fromEnv)) {
            return new ContextChoice(fromEnv, "DOCKER_CONTEXT");
        }
        Optional<String> configured = DockerContexts.configuredCurrentContext(configDir);
        return configured.map(name -> new ContextChoice(name, "currentContext in " + configDir.resolve("config.json")))
                .orElseGet(() -> new ContextChoice(Endpoints.DEFAULT_CONTEXT, "nothing else is configured"));
    }

    /**
     * The current endpoint.
     *
     * @throws UnknownContextException when the chosen context does not exist
     * @throws dev.gantry.adapter.api.EngineException INVALID_ENDPOINT when its host is malformed
     */
    public static EndpointProfile current(Map<String, String> env, Path configDir) {
        ContextChoice choice = currentContextName(env, configDir);
        return DockerContexts.load(choice.name(), env, configDir, choice.chosenBy());
    }

    /** The current endpoint for this process's environment and the user's docker config directory. */
    public static EndpointProfile current() {
        Map<String, String> env = System.getenv();
        return current(env, DockerConfigDir.resolve(env, Path.of(System.getProperty("user.home"))));
    }

    private static boolean nonEmpty(String s) {
        return s != null && !s.isEmpty();
    }
}
