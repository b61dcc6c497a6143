package dev.gantry.ui.logs;

import dev.gantry.adapter.api.logs.LogStreamKind;
import java.time.Instant;

/** One shown line, made on demand for a visible cell. */
public record LogRow(long seq, Instant timestamp, LogStreamKind stream, String source, int sourceNumber, String text) {
}
