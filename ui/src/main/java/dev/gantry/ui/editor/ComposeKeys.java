package dev.gantry.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The compose keys valid at the caret, for completion. The lists are taken from the stack schema
 * (config_schema_v3.13.json) the loader validates against; only the levels where completion is
 * cheap and useful are covered: top level, a service, a service's deploy and its sub-sections,
 * healthcheck, and a top-level network or volume.
 */
final class ComposeKeys {

    static final List<String> TOP = List.of("version", "services", "networks", "volumes", "secrets", "configs");
    static final List<String> SERVICE = List.of("build", "cap_add", "cap_drop", "cgroup_parent", "cgroupns_mode",
            "command", "configs", "container_name", "credential_spec", "depends_on", "deploy", "devices", "dns",
            "dns_search", "domainname", "entrypoint", "env_file", "environment", "expose", "external_links",
            "extra_hosts", "healthcheck", "hostname", "image", "init", "ipc", "isolation", "labels", "links",
            "logging", "mac_address", "network_mode", "networks", "oom_score_adj", "pid", "ports", "privileged",
            "read_only", "restart", "secrets", "security_opt", "shm_size", "stdin_open", "stop_grace_period",
            "stop_signal", "sysctls", "tmpfs", "tty", "ulimits", "user", "userns_mode", "volumes", "working_dir");
    static final List<String> DEPLOY = List.of("endpoint_mode", "labels", "mode", "placement", "replicas",
            "resources", "restart_policy", "rollback_config", "update_config");
    private static final List<String> UPDATE = List.of("delay", "failure_action", "max_failure_ratio", "monitor",
            "order", "parallelism");
    private static final Map<String, List<String>> DEPLOY_SECTIONS = Map.of(
            "resources", List.of("limits", "reservations"),
            "restart_policy", List.of("condition", "delay", "max_attempts", "window"),
            "update_config", UPDATE,
            "rollback_config", UPDATE,
            "placement", List.of("constraints", "max_replicas_per_node", "preferences"));
    private static final List<String> HEALTHCHECK = List.of("disable", "interval", "retries", "start_interval",
            "start_period", "test", "timeout");
    private static final List<String> NETWORK = List.of("attachable", "driver", "driver_opts", "external",
            "internal", "ipam", "labels", "name");
    private static final List<String> VOLUME = List.of("driver", "driver_opts", "external", "labels", "name");

    private ComposeKeys() {
    }

    /**
     * The keys that fit a new key on {@code caretLine} (0-based) at the caret's indentation,
     * filtered by the word already typed there; empty where nothing is known.
     */
    static List<String> at(String text, int caretLine, int caretColumn) {
        String[] lines = text.split("\n", -1);
        if (caretLine < 0 || caretLine >= lines.length) {
            return List.of();
        }
        String line = lines[caretLine];
        int col = Math.min(caretColumn, line.length());
        String before = line.substring(0, col);
        int indent = indentOf(before);
        String typed = before.substring(indent);
        if (!typed.matches("[A-Za-z0-9_]*")) {
            return List.of();
        }
        List<String> path = parents(lines, caretLine, indent);
        return filter(keysFor(path), typed);
    }

    /** The keys of the mappings enclosing a line, outermost first. */
    private static List<String> parents(String[] lines, int lineIndex, int indent) {
        List<String> path = new ArrayList<>();
        int limit = indent;
        for (int i = lineIndex - 1; i >= 0 && limit > 0; i--) {
            String l = lines[i];
            if (l.isBlank() || l.stripLeading().startsWith("#")) {
                continue;
            }
            int ind = indentOf(l);
            if (ind < limit) {
                String content = l.substring(ind);
                int colon = content.indexOf(':');
                if (colon <= 0 || content.startsWith("-")) {
                    return List.of("?");
                }
                path.add(0, content.substring(0, colon).trim());
                limit = ind;
            }
        }
        return path;
    }

    private static List<String> keysFor(List<String> path) {
        int n = path.size();
        if (n == 0) {
            return TOP;
        }
        String section = path.get(0);
        if (section.equals("services")) {
            if (n == 2) {
                return SERVICE;
            }
            if (n == 3 && path.get(2).equals("deploy")) {
                return DEPLOY;
            }
            if (n == 3 && path.get(2).equals("healthcheck")) {
                return HEALTHCHECK;
            }
            if (n == 4 && path.get(2).equals("deploy")) {
                return DEPLOY_SECTIONS.getOrDefault(path.get(3), List.of());
            }
        }
        if (n == 2 && section.equals("networks")) {
            return NETWORK;
        }
        if (n == 2 && section.equals("volumes")) {
            return VOLUME;
        }
        return List.of();
    }

    private static List<String> filter(List<String> keys, String typed) {
        return keys.stream().filter(k -> k.startsWith(typed) && !k.equals(typed)).sorted().toList();
    }

    private static int indentOf(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
