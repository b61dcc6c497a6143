package dev.gantry.adapter.compose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Normalises a volume's {@code x-cluster-spec} the way the CLI's typed loading does: topology
 * segments given as "k=v" lists become mappings, capacity sizes ("1G") become byte counts.
 */
final class ClusterSpec {
    private ClusterSpec() {
    }

    static Map<String, Object> normalise(Map<?, ?> spec) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : spec.entrySet()) {
            String key = String.valueOf(e.getKey());
            Object value = e.getValue();
            if (key.equals("capacity_range") && value instanceof Map<?, ?> range) {
                Map<String, Object> r = new LinkedHashMap<>();
                range.forEach((k, v) -> r.put(String.valueOf(k), bytes(v)));
                value = r;
            } else if (key.equals("accessibility_requirements") && value instanceof Map<?, ?> req) {
                Map<String, Object> r = new LinkedHashMap<>();
                req.forEach((k, v) -> r.put(String.valueOf(k), topologies(v)));
                value = r;
            }
            out.put(key, value);
        }
        return out;
    }

    private static Object bytes(Object v) {
        if (v instanceof Long l) {
            return Long.toString(l);
        }
        if (v instanceof String s) {
            Long b = GoFormat.ramInBytes(s);
            return b == null ? s : Long.toString(b);
        }
        return v;
    }

    private static Object topologies(Object v) {
        if (!(v instanceof List<?> list)) {
            return v;
        }
        List<Object> out = new ArrayList<>();
        for (Object item : list) {
            if (item instanceof Map<?, ?> m && m.get("segments") instanceof List<?> segments) {
                Map<String, Object> seg = new LinkedHashMap<>();
                for (Object s : segments) {
                    String text = String.valueOf(s);
                    int eq = text.indexOf('=');
                    seg.put(eq < 0 ? text : text.substring(0, eq), eq < 0 ? "" : text.substring(eq + 1));
                }
                Map<String, Object> copy = new LinkedHashMap<>();
                m.forEach((k, x) -> copy.put(String.valueOf(k), x));
                copy.put("segments", seg);
                out.add(copy);
            } else {
                out.add(item);
            }
        }
        return out;
    }
}
