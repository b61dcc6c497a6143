package dev.gantry.adapter.compose;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Stage 2: substitutes variables in every string value (never in keys) of the tree, from an
 * environment map. Like the CLI, a value that changed is cast back to a number or boolean where the
 * schema wants one ({@code tty: ${TTY}}, {@code replicas: ${N}}); an unchanged value is left alone.
 * For {@code docker stack} the environment is the process environment only: the CLI does not read
 * a {@code .env} file for stack files (measured with {@code docker stack config}), so neither do we
 * unless the caller adds one (see {@link EnvFile}).
 */
final class Interpolator {
    private enum Cast { INT, FLOAT, BOOL }

    private static final List<Map.Entry<String[], Cast>> CASTS = List.of(
            cast("services.*.configs.[].mode", Cast.INT),
            cast("services.*.secrets.[].mode", Cast.INT),
            cast("services.*.healthcheck.retries", Cast.INT),
            cast("services.*.healthcheck.disable", Cast.BOOL),
            cast("services.*.deploy.replicas", Cast.INT),
            cast("services.*.deploy.update_config.parallelism", Cast.INT),
            cast("services.*.deploy.update_config.max_failure_ratio", Cast.FLOAT),
            cast("services.*.deploy.rollback_config.parallelism", Cast.INT),
            cast("services.*.deploy.rollback_config.max_failure_ratio", Cast.FLOAT),
            cast("services.*.deploy.restart_policy.max_attempts", Cast.INT),
            cast("services.*.deploy.placement.max_replicas_per_node", Cast.INT),
            cast("services.*.ports.[].target", Cast.INT),
            cast("services.*.ports.[].published", Cast.INT),
            cast("services.*.ulimits.*", Cast.INT),
            cast("services.*.ulimits.*.hard", Cast.INT),
            cast("services.*.ulimits.*.soft", Cast.INT),
            cast("services.*.privileged", Cast.BOOL),
            cast("services.*.read_only", Cast.BOOL),
            cast("services.*.stdin_open", Cast.BOOL),
            cast("services.*.tty", Cast.BOOL),
            cast("services.*.volumes.[].read_only", Cast.BOOL),
            cast("services.*.volumes.[].volume.nocopy", Cast.BOOL),
            cast("networks.*.external", Cast.BOOL),
            cast("networks.*.internal", Cast.BOOL),
            cast("networks.*.attachable", Cast.BOOL),
            cast("volumes.*.external", Cast.BOOL),
            cast("secrets.*.external", Cast.BOOL),
            cast("configs.*.external", Cast.BOOL));

    private final Map<String, String> environment;

    Interpolator(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    YNode.Mapping interpolate(YNode.Mapping root, Diagnostics out) {
        Set<String> warned = new LinkedHashSet<>();
        return (YNode.Mapping) walk(root, new ArrayList<>(), out, warned);
    }

    private YNode walk(YNode node, List<String> path, Diagnostics out, Set<String> warned) {
        if (node instanceof YNode.Mapping m) {
            List<YNode.Entry> entries = new ArrayList<>();
            for (YNode.Entry e : m.entries()) {
                path.add(e.key());
                entries.add(new YNode.Entry(e.key(), e.keyPosition(), walk(e.value(), path, out, warned)));
                path.remove(path.size() - 1);
            }
            return new YNode.Mapping(entries, m.position());
        }
        if (node instanceof YNode.Sequence s) {
            List<YNode> items = new ArrayList<>();
            for (YNode item : s.items()) {
                path.add("[]");
                items.add(walk(item, path, out, warned));
                path.remove(path.size() - 1);
            }
            return new YNode.Sequence(items, s.position());
        }
        YNode.Scalar scalar = (YNode.Scalar) node;
        if (!(scalar.value() instanceof String text) || text.indexOf('$') < 0) {
            return scalar;
        }
        Set<String> unset = new LinkedHashSet<>();
        String replaced;
        try {
            replaced = Template.substitute(text, environment::get, unset);
        } catch (Template.SubstitutionException e) {
            String where = dotted(path);
            out.error(scalar, e.required()
                    ? e.getMessage() + " (in " + where + ")"
                    : "invalid interpolation format for " + where + ": \"" + text
                    + "\"; you may need to escape any $ with another $");
            return scalar;
        }
        for (String name : unset) {
            if (warned.add(name)) {
                out.warning(scalar, "the variable " + name + " is not set; it is replaced by an empty string");
            }
        }
        if (replaced.equals(text)) {
            return scalar;
        }
        Cast cast = castFor(path);
        if (cast == null) {
            return new YNode.Scalar(replaced, text, scalar.position());
        }
        Object value = applyCast(cast, replaced);
        if (value == null) {
            out.error(scalar, "failed to cast to expected type: invalid " + cast.name().toLowerCase(Locale.ROOT)
                    + " \"" + replaced + "\" for " + dotted(path));
            return scalar;
        }
        return new YNode.Scalar(value, text, scalar.position());
    }

    private static Object applyCast(Cast cast, String s) {
        switch (cast) {
            case INT:
                try {
                    return Long.parseLong(s.trim().startsWith("+") ? s.trim().substring(1) : s.trim());
                } catch (NumberFormatException e) {
                    return null;
                }
            case FLOAT:
                try {
                    return Double.parseDouble(s);
                } catch (NumberFormatException e) {
                    return null;
                }
            default:
                switch (s.toLowerCase(Locale.ROOT)) {
                    case "y", "yes", "true", "on":
                        return Boolean.TRUE;
                    case "n", "no", "false", "off":
                        return Boolean.FALSE;
                    default:
                        return null;
                }
        }
    }

    private static Cast castFor(List<String> path) {
        for (Map.Entry<String[], Cast> c : CASTS) {
            String[] pattern = c.getKey();
            if (pattern.length != path.size()) {
                continue;
            }
            boolean match = true;
            for (int i = 0; i < pattern.length && match; i++) {
                String p = pattern[i];
                String actual = path.get(i);
                match = p.equals("*") ? !actual.equals("[]") : p.equals(actual);
            }
            if (match) {
                return c.getValue();
            }
        }
        return null;
    }

    static String dotted(List<String> path) {
        StringBuilder b = new StringBuilder();
        for (String p : path) {
            if (p.equals("[]")) {
                b.append("[]");
            } else {
                if (b.length() > 0) {
                    b.append('.');
                }
                b.append(p);
            }
        }
        return b.toString();
    }

    private static Map.Entry<String[], Cast> cast(String pattern, Cast cast) {
        return Map.entry(pattern.split("\\."), cast);
    }
}
