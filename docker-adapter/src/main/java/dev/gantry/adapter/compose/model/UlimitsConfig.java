package dev.gantry.adapter.compose.model;

/** One ulimit: either {@code single} (nofile: 100) or soft and hard; unset parts are 0. */
public record UlimitsConfig(long single, long soft, long hard) {
}
