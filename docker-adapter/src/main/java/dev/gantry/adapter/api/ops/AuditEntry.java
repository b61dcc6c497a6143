package dev.gantry.adapter.api.ops;

import java.time.Instant;

/**
 * One line of the exec-restart audit log.
 *
 * @param endpoint the engine's profile name and host
 * @param target   "container NAME (ID)" or "service NAME / container NAME (ID)"
 * @param outcome  the ExecResult outcome name
 */
public record AuditEntry(Instant time, String endpoint, String target, String command, String outcome,
                         Integer exitCode, long durationMillis, String message) {
}
