package dev.gantry.adapter.endpoint;

import java.nio.file.Path;
import java.util.Map;

/** The docker CLI's configuration directory: {@code DOCKER_CONFIG}, else {@code ~/.docker}. */
public final class DockerConfigDir {

    private DockerConfigDir() {
    }

    public static Path resolve(Map<String, String> env, Path userHome) {
        String explicit = env.get("DOCKER_CONFIG");
        if (explicit != null && !explicit.isEmpty()) {
            return Path.of(explicit);
        }
        return userHome.resolve(".docker");
    }

    /** For this process: its environment and the user's home. */
    public static Path ofThisProcess() {
        return resolve(System.getenv(), Path.of(System.getProperty("user.home")));
    }
}
