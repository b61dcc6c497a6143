package dev.gantry.ui.inventory;

import dev.gantry.adapter.api.ContainerInfo;
import dev.gantry.adapter.api.Health;
import dev.gantry.adapter.api.TaskInfo;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns engine states (task state, container state, healthcheck) into one badge. */
public final class Badges {

    private static final Pattern EXIT_CODE = Pattern.compile("Exited \\((-?\\d+)\\)");

    private Badges() {
    }

    public static Badge ofTask(TaskInfo task) {
        String state = task.state() == null ? "" : task.state().toLowerCase(Locale.ROOT);
        return switch (state) {
            case "running" -> ofHealth(task.health(), Badge.RUNNING);
            case "failed" -> Badge.FAILED;
            case "rejected" -> Badge.REJECTED;
            case "complete" -> Badge.COMPLETE;
            case "shutdown", "orphaned", "remove" -> Badge.SHUTDOWN;
            case "new", "pending", "assigned", "accepted", "preparing", "ready", "starting" -> Badge.STARTING;
            default -> Badge.NONE;
        };
    }

    public static Badge ofContainer(ContainerInfo c) {
        String state = c.state() == null ? "" : c.state().toLowerCase(Locale.ROOT);
        return switch (state) {
            case "running" -> ofHealth(c.health(), Badge.RUNNING);
            case "created", "restarting" -> Badge.STARTING;
            case "paused" -> Badge.PAUSED;
            case "dead" -> Badge.FAILED;
            case "exited" -> exitCode(c.status()) == 0 ? Badge.SHUTDOWN : Badge.FAILED;
            case "removing" -> Badge.SHUTDOWN;
            default -> Badge.NONE;
        };
    }

    /** A running thing's health: the healthcheck decides when there is one. */
    static Badge ofHealth(Health health, Badge otherwise) {
        if (health == null) {
            return otherwise;
        }
        return switch (health) {
            case HEALTHY -> Badge.HEALTHY;
            case UNHEALTHY -> Badge.UNHEALTHY;
            case STARTING -> Badge.STARTING;
            case NONE -> otherwise;
        };
    }

    /** The exit code in a status such as "Exited (3) 2 minutes ago"; 0 when none is given. */
    static int exitCode(String status) {
        if (status == null) {
            return 0;
        }
        Matcher m = EXIT_CODE.matcher(status);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
