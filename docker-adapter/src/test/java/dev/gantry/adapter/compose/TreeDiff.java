package dev.gantry.adapter.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** Field-by-field differences between two plain YAML trees (map order ignored). */
final class TreeDiff {
    private TreeDiff() {
    }

    static List<String> diff(Object expected, Object actual) {
        List<String> out = new ArrayList<>();
        walk("", expected, actual, out);
        return out;
    }

    /** Counts the leaf fields of a tree, to report how many fields agreed. */
    static int leaves(Object tree) {
        if (tree instanceof Map<?, ?> m) {
            return m.values().stream().mapToInt(TreeDiff::leaves).sum();
        }
        if (tree instanceof List<?> l) {
            return l.stream().mapToInt(TreeDiff::leaves).sum();
        }
        return 1;
    }

    private static void walk(String path, Object e, Object a, List<String> out) {
        if (e instanceof Map<?, ?> em && a instanceof Map<?, ?> am) {
            TreeSet<String> keys = new TreeSet<>();
            em.keySet().forEach(k -> keys.add(String.valueOf(k)));
            am.keySet().forEach(k -> keys.add(String.valueOf(k)));
            for (String k : keys) {
                String p = path.isEmpty() ? k : path + "." + k;
                if (!em.containsKey(k)) {
                    out.add(p + ": not printed by the CLI, Gantry has " + am.get(k));
                } else if (!am.containsKey(k)) {
                    out.add(p + ": CLI has " + em.get(k) + ", Gantry has nothing");
                } else {
                    walk(p, em.get(k), am.get(k), out);
                }
            }
            return;
        }
        if (e instanceof List<?> el && a instanceof List<?> al) {
            if (el.size() != al.size()) {
                out.add(path + ": CLI has " + el.size() + " items " + el + ", Gantry " + al.size() + " " + al);
                return;
            }
            for (int i = 0; i < el.size(); i++) {
                walk(path + "[" + i + "]", el.get(i), al.get(i), out);
            }
            return;
        }
        if (!Objects.equals(e, a)) {
            out.add(path + ": CLI has " + describe(e) + ", Gantry has " + describe(a));
        }
    }

    private static String describe(Object o) {
        return o == null ? "null" : o + " (" + o.getClass().getSimpleName() + ")";
    }
}
