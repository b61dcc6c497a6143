package dev.gantry.ui.operations;

import dev.gantry.adapter.api.ops.ServiceUpdateRequest;
import dev.gantry.adapter.api.ops.UpdatePolicy;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Turns the rolling-update dialog's texts into a {@link ServiceUpdateRequest}, or a sentence that
 * says which field is wrong. Pure.
 */
final class UpdateForm {

    record Parsed(ServiceUpdateRequest request, String error) {
    }

    private UpdateForm() {
    }

    /**
     * @param envSet    lines KEY=VALUE
     * @param envRemove names separated by spaces, commas or lines
     * @param order/failureAction may be null to keep the service's
     */
    static Parsed parse(String image, String envSet, String envRemove, String parallelism, String delaySeconds,
                        UpdatePolicy.Order order, UpdatePolicy.FailureAction failureAction, String monitorSeconds,
                        String maxFailureRatio) {
        Map<String, String> set = new LinkedHashMap<>();
        int line = 0;
        for (String l : text(envSet).split("\\R")) {
            line++;
            if (l.isBlank()) {
                continue;
            }
            int eq = l.indexOf('=');
            if (eq <= 0) {
                return new Parsed(null, "Environment line " + line + " (\"" + l.strip() + "\") is not KEY=VALUE.");
            }
            set.put(l.substring(0, eq).strip(), l.substring(eq + 1));
        }
        Set<String> remove = new LinkedHashSet<>();
        for (String n : text(envRemove).split("[\\s,]+")) {
            if (!n.isBlank()) {
                remove.add(n.strip());
            }
        }
        String img = text(image).strip();
        if (img.contains(" ")) {
            return new Parsed(null, "The image \"" + img + "\" contains a space; an image reference has none.");
        }
        try {
            Integer par = integer(parallelism, "Parallelism");
            Duration delay = seconds(delaySeconds, "Delay");
            Duration monitor = seconds(monitorSeconds, "Monitor");
            Double ratio = ratio(maxFailureRatio);
            UpdatePolicy policy = par == null && delay == null && order == null && failureAction == null && monitor == null
                    && ratio == null ? null : new UpdatePolicy(par, delay, order, failureAction, monitor, ratio);
            ServiceUpdateRequest request = new ServiceUpdateRequest(img.isEmpty() ? null : img, set, remove, policy);
            if (request.isEmpty()) {
                return new Parsed(null, "Nothing to change: enter an image, an environment change or an update policy.");
            }
            return new Parsed(request, null);
        } catch (IllegalArgumentException e) {
            return new Parsed(null, e.getMessage());
        }
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static Integer integer(String s, String field) {
        if (text(s).isBlank()) {
            return null;
        }
        try {
            int v = Integer.parseInt(s.strip());
            if (v < 0) {
                throw new IllegalArgumentException(field + " cannot be negative (" + v + ").");
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " must be a whole number, not \"" + s.strip() + "\".");
        }
    }

    private static Duration seconds(String s, String field) {
        if (text(s).isBlank()) {
            return null;
        }
        try {
            double v = Double.parseDouble(s.strip());
            if (v < 0 || Double.isNaN(v) || Double.isInfinite(v)) {
                throw new IllegalArgumentException(field + " must be 0 seconds or more, not " + s.strip() + ".");
            }
            return Duration.ofMillis(Math.round(v * 1000));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " must be a number of seconds, not \"" + s.strip() + "\".");
        }
    }

    private static Double ratio(String s) {
        if (text(s).isBlank()) {
            return null;
        }
        try {
            double v = Double.parseDouble(s.strip());
            if (v < 0 || v > 1 || Double.isNaN(v)) {
                throw new IllegalArgumentException("The maximum failure ratio must be between 0 and 1, not " + s.strip() + ".");
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The maximum failure ratio must be a number between 0 and 1, not \"" + s.strip() + "\".");
        }
    }
}
