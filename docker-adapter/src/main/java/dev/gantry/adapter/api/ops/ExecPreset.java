package dev.gantry.adapter.api.ops;

import java.util.List;

/** Restart commands that reload a process inside its container without recreating it. */
public enum ExecPreset {
    KILL_HUP_1("Send HUP to PID 1", List.of("kill", "-HUP", "1")),
    NGINX_RELOAD("nginx reload", List.of("nginx", "-s", "reload")),
    PM2_RESTART_ALL("pm2 restart all", List.of("pm2", "restart", "all")),
    PKILL_HUP_GUNICORN("HUP gunicorn", List.of("pkill", "-HUP", "gunicorn")),
    SUPERVISORCTL_RESTART_ALL("supervisorctl restart all", List.of("supervisorctl", "restart", "all")),
    /** The user's own command line, run through {@code sh -c}. */
    CUSTOM("Custom command", List.of());

    private final String label;
    private final List<String> argv;

    ExecPreset(String label, List<String> argv) {
        this.label = label;
        this.argv = argv;
    }

    public String label() {
        return label;
    }

    /** The argv this preset runs; CUSTOM wraps the user's text in {@code sh -c}. */
    public List<String> command(String customText) {
        if (this != CUSTOM) {
            return argv;
        }
        if (customText == null || customText.isBlank()) {
            throw new IllegalArgumentException("Enter the command to run inside the container.");
        }
        return List.of("sh", "-c", customText.strip());
    }

    public String display(String customText) {
        return this == CUSTOM ? (customText == null ? "" : customText.strip()) : String.join(" ", argv);
    }
}
