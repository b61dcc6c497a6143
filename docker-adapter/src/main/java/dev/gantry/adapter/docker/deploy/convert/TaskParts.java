package dev.gantry.adapter.docker.deploy.convert;

import dev.gantry.adapter.api.deploy.StackConversionException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.adapter.compose.model.DeployConfig;
import dev.gantry.adapter.compose.model.GenericResource;
import dev.gantry.adapter.compose.model.HealthCheckConfig;
import dev.gantry.adapter.compose.model.LoggingConfig;
import dev.gantry.adapter.compose.model.Placement;
import dev.gantry.adapter.compose.model.PlacementPreference;
import dev.gantry.adapter.compose.model.ResourceLimit;
import dev.gantry.adapter.compose.model.ResourceReservation;
import dev.gantry.adapter.compose.model.Resources;
import dev.gantry.adapter.compose.model.RestartPolicy;
import dev.gantry.adapter.compose.model.UpdateConfig;
import java.math.BigDecimal;
import java.util.Locale;

/** One small function per task-level sub-spec: health, restart, update, resources, placement, logs, mode. */
final class TaskParts {

    private TaskParts() {
    }

    static ObjectNode healthcheck(HealthCheckConfig h) {
        if (h == null) {
            return null;
        }
        ObjectNode o = Json.object();
        if (h.disable()) {
            if (!h.test().isEmpty()) {
                throw new StackConversionException("healthcheck: test and disable can't be set at the same time");
            }
            o.putArray("Test").add("NONE");
            return o;
        }
        Json.putStrings(o, "Test", h.test());
        Json.putNanos(o, "Interval", h.interval());
        Json.putNanos(o, "Timeout", h.timeout());
        Json.putNanos(o, "StartPeriod", h.startPeriod());
        Json.putNanos(o, "StartInterval", h.startInterval());
        if (h.retries() != null && h.retries() != 0) {
            o.put("Retries", h.retries());
        }
        return o;
    }

    /** deploy.restart_policy wins; otherwise the legacy {@code restart:} key. */
    static ObjectNode restartPolicy(String restart, RestartPolicy p) {
        if (p != null) {
            ObjectNode o = Json.object();
            Json.putText(o, "Condition", p.condition());
            Json.putNanos(o, "Delay", p.delay());
            if (p.maxAttempts() != null) {
                o.put("MaxAttempts", p.maxAttempts());
            }
            Json.putNanos(o, "Window", p.window());
            return o;
        }
        if (restart == null || restart.isEmpty()) {
            return null;
        }
        String[] parts = restart.split(":", 2);
        long max = 0;
        if (parts.length == 2) {
            try {
                max = Long.parseLong(parts[1]);
            } catch (NumberFormatException e) {
                throw new StackConversionException("invalid restart policy: maximum retry count must be an integer");
            }
            if (max < 0) {
                throw new StackConversionException("invalid restart policy: maximum retry count cannot be negative");
            }
        }
        String condition = switch (parts[0]) {
            case "no", "" -> null;
            case "always", "unless-stopped" -> "any";
            case "on-failure" -> "on-failure";
            default -> throw new StackConversionException("invalid restart policy: unknown policy '" + parts[0]
                    + "' (must be one of 'no', 'always', 'on-failure', or 'unless-stopped')");
        };
        if (condition == null) {
            return null;
        }
        ObjectNode o = Json.object();
        o.put("Condition", condition);
        if (max > 0) {
            o.put("MaxAttempts", max);
        }
        return o;
    }

    /** Parallelism defaults to 1, as in the CLI. */
    static ObjectNode updateConfig(UpdateConfig u) {
        if (u == null) {
            return null;
        }
        ObjectNode o = Json.object();
        o.put("Parallelism", u.parallelism() == null ? 1 : u.parallelism());
        Json.putNanos(o, "Delay", u.delay());
        Json.putText(o, "FailureAction", u.failureAction());
        Json.putNanos(o, "Monitor", u.monitor());
        if (u.maxFailureRatio() != 0) {
            o.put("MaxFailureRatio", (float) u.maxFailureRatio());
        }
        Json.putText(o, "Order", u.order());
        return o;
    }

    static ObjectNode resources(Resources r) {
        ObjectNode o = Json.object();
        ResourceLimit l = r.limits();
        if (l != null) {
            ObjectNode limits = o.putObject("Limits");
            putCpus(limits, l.cpus());
            putPositive(limits, "MemoryBytes", l.memoryBytes());
            putPositive(limits, "Pids", l.pids());
        }
        ResourceReservation res = r.reservations();
        if (res != null) {
            ObjectNode reservations = o.putObject("Reservations");
            putCpus(reservations, res.cpus());
            putPositive(reservations, "MemoryBytes", res.memoryBytes());
            if (!res.genericResources().isEmpty()) {
                ArrayNode generic = reservations.putArray("GenericResources");
                for (GenericResource g : res.genericResources()) {
                    ObjectNode spec = generic.addObject().putObject("DiscreteResourceSpec");
                    spec.put("Kind", g.kind());
                    spec.put("Value", g.value());
                }
            }
        }
        return o;
    }

    /** "0.5" CPUs to 500000000 NanoCPUs, exactly, as opts.ParseCPUs. */
    static long nanoCpus(String cpus) {
        try {
            BigDecimal nanos = new BigDecimal(cpus.strip()).movePointRight(9);
            if (nanos.stripTrailingZeros().scale() > 0) {
                throw new StackConversionException("value is too precise: cpus " + cpus);
            }
            return nanos.longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new StackConversionException("invalid cpus value \"" + cpus + "\"");
        }
    }

    private static void putCpus(ObjectNode o, String cpus) {
        if (cpus != null && !cpus.isEmpty()) {
            putPositive(o, "NanoCPUs", nanoCpus(cpus));
        }
    }

    private static void putPositive(ObjectNode o, String key, long value) {
        if (value != 0) {
            o.put(key, value);
        }
    }

    static ObjectNode placement(Placement p) {
        ObjectNode o = Json.object();
        Json.putStrings(o, "Constraints", p.constraints());
        if (!p.preferences().isEmpty()) {
            ArrayNode prefs = o.putArray("Preferences");
            for (PlacementPreference pref : p.preferences()) {
                prefs.addObject().putObject("Spread").put("SpreadDescriptor", pref.spread());
            }
        }
        if (p.maxReplicasPerNode() != 0) {
            o.put("MaxReplicas", p.maxReplicasPerNode());
        }
        return o;
    }

    static ObjectNode logDriver(LoggingConfig logging) {
        if (logging == null) {
            return null;
        }
        ObjectNode o = Json.object();
        Json.putText(o, "Name", logging.driver());
        Json.putMap(o, "Options", logging.options());
        return o;
    }

    static ObjectNode mode(DeployConfig deploy) {
        String mode = deploy.mode() == null ? "" : deploy.mode();
        Long replicas = deploy.replicas();
        ObjectNode o = Json.object();
        switch (mode) {
            case "global", "global-job" -> {
                if (replicas != null) {
                    throw new StackConversionException("replicas can only be used with replicated or replicated-job mode");
                }
                o.putObject(mode.equals("global") ? "Global" : "GlobalJob");
            }
            case "replicated-job" -> {
                ObjectNode job = o.putObject("ReplicatedJob");
                if (replicas != null) {
                    job.put("MaxConcurrent", replicas);
                    job.put("TotalCompletions", replicas);
                }
            }
            case "replicated", "" -> {
                ObjectNode rep = o.putObject("Replicated");
                if (replicas != null) {
                    rep.put("Replicas", replicas);
                }
            }
            default -> throw new StackConversionException("unknown mode: " + mode.toLowerCase(Locale.ROOT));
        }
        return o;
    }
}
