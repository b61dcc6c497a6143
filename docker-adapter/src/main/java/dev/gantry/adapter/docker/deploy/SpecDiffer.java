package dev.gantry.adapter.docker.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.adapter.api.deploy.FieldChange;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares two service specs as JSON trees and names the changed fields readably: compose-like
 * names for the fields users care about ({@code image}, {@code replicas}, {@code env[FOO]}), the
 * spec path for the rest.
 */
final class SpecDiffer {

    /** Longest prefix first. */
    private static final Map<String, String> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put("TaskTemplate.ContainerSpec.Image", "image");
        NAMES.put("TaskTemplate.ContainerSpec.Env", "env");
        NAMES.put("TaskTemplate.ContainerSpec.Labels", "container_labels");
        NAMES.put("TaskTemplate.ContainerSpec.Command", "entrypoint");
        NAMES.put("TaskTemplate.ContainerSpec.Args", "command");
        NAMES.put("TaskTemplate.ContainerSpec.Mounts", "volumes");
        NAMES.put("TaskTemplate.ContainerSpec.Secrets", "secrets");
        NAMES.put("TaskTemplate.ContainerSpec.Configs", "configs");
        NAMES.put("TaskTemplate.ContainerSpec.Healthcheck", "healthcheck");
        NAMES.put("TaskTemplate.ContainerSpec", "container");
        NAMES.put("TaskTemplate.Resources", "resources");
        NAMES.put("TaskTemplate.RestartPolicy", "restart_policy");
        NAMES.put("TaskTemplate.Placement", "placement");
        NAMES.put("TaskTemplate.Networks", "networks");
        NAMES.put("TaskTemplate.LogDriver", "logging");
        NAMES.put("Mode.Replicated.Replicas", "replicas");
        NAMES.put("Mode", "mode");
        NAMES.put("EndpointSpec.Ports", "ports");
        NAMES.put("EndpointSpec.Mode", "endpoint_mode");
        NAMES.put("UpdateConfig", "update_config");
        NAMES.put("RollbackConfig", "rollback_config");
        NAMES.put("Labels", "labels");
    }

    private SpecDiffer() {
    }

    /** Changes from {@code running} to {@code wanted}; both are normalised first. */
    static List<FieldChange> diff(JsonNode running, JsonNode wanted) {
        List<FieldChange> out = new ArrayList<>();
        walk("", SpecNormalizer.normalize(running), SpecNormalizer.normalize(wanted), out);
        return out;
    }

    private static void walk(String path, JsonNode before, JsonNode after, List<FieldChange> out) {
        if (before == null && after == null || before != null && before.equals(after)) {
            return;
        }
        if (before == null && after.isObject()) {
            before = EngineApi.JSON.createObjectNode();
        } else if (after == null && before.isObject()) {
            after = EngineApi.JSON.createObjectNode();
        }
        if (before != null && after != null && before.isObject() && after.isObject()) {
            Set<String> keys = new LinkedHashSet<>();
            before.fieldNames().forEachRemaining(keys::add);
            after.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                walk(join(path, key), before.get(key), after.get(key), out);
            }
            return;
        }
        if (isKeyValueList(before) && isKeyValueList(after)) {
            walkKeyValues(path, before, after, out);
            return;
        }
        out.add(new FieldChange(readable(path), text(before), text(after)));
    }

    /** Env-like lists ("K=V") are compared per key, so one changed variable is one line. */
    private static void walkKeyValues(String path, JsonNode before, JsonNode after, List<FieldChange> out) {
        Map<String, String> b = keyValues(before);
        Map<String, String> a = keyValues(after);
        Set<String> keys = new LinkedHashSet<>(b.keySet());
        keys.addAll(a.keySet());
        for (String key : keys) {
            String was = b.get(key);
            String now = a.get(key);
            if (was == null ? now != null : !was.equals(now)) {
                out.add(new FieldChange(readable(path) + "[" + key + "]", quote(was), quote(now)));
            }
        }
    }

    private static boolean isKeyValueList(JsonNode node) {
        if (node == null) {
            return true;
        }
        if (!node.isArray()) {
            return false;
        }
        for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
            JsonNode e = it.next();
            if (!e.isTextual() || !e.asText().contains("=")) {
                return false;
            }
        }
        return node.size() > 0;
    }

    private static Map<String, String> keyValues(JsonNode node) {
        Map<String, String> map = new LinkedHashMap<>();
        if (node != null) {
            node.forEach(e -> {
                String s = e.asText();
                int eq = s.indexOf('=');
                map.put(s.substring(0, eq), s.substring(eq + 1));
            });
        }
        return map;
    }

    static String readable(String path) {
        for (Map.Entry<String, String> e : NAMES.entrySet()) {
            String prefix = e.getKey();
            if (path.equals(prefix)) {
                return e.getValue();
            }
            if (path.startsWith(prefix + ".")) {
                String rest = path.substring(prefix.length() + 1);
                boolean mapLike = prefix.endsWith("Labels");
                return e.getValue() + (mapLike ? "[" + rest + "]" : "." + rest);
            }
        }
        return path;
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static String text(JsonNode node) {
        return node == null ? null : node.toString();
    }

    private static String quote(String s) {
        return s == null ? null : '"' + s + '"';
    }
}
