package dev.gantry.adapter.ops;

import dev.gantry.adapter.api.ops.ExecPreset;

/** The exec-restart command last chosen for a service and image. */
public record ExecChoice(ExecPreset preset, String customCommand) {
}
