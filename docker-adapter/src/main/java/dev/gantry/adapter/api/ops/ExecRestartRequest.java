package dev.gantry.adapter.api.ops;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * An exec-restart: a command run in one container, or in every running replica of a service one
 * at a time (waiting until each is running, and healthy if it has a healthcheck, before the next).
 *
 * @param target       container id/name, or service id/name when {@code service} is true
 * @param command      argv, see {@link ExecPreset#command(String)}
 * @param execTimeout  how long the command may run
 * @param readyTimeout how long to wait for a container to be running (and healthy) afterwards
 */
public record ExecRestartRequest(String target, boolean service, List<String> command, Duration execTimeout,
                                 Duration readyTimeout) {

    public ExecRestartRequest {
        Objects.requireNonNull(target, "target");
        command = List.copyOf(command);
        if (command.isEmpty()) {
            throw new IllegalArgumentException("Enter the command to run inside the container.");
        }
        execTimeout = execTimeout == null ? Duration.ofSeconds(30) : execTimeout;
        readyTimeout = readyTimeout == null ? Duration.ofSeconds(60) : readyTimeout;
    }

    public static ExecRestartRequest container(String container, List<String> command) {
        return new ExecRestartRequest(container, false, command, null, null);
    }

    public static ExecRestartRequest service(String service, List<String> command) {
        return new ExecRestartRequest(service, true, command, null, null);
    }

    public String commandLine() {
        return String.join(" ", command);
    }
}
