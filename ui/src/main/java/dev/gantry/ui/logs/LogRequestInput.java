package dev.gantry.ui.logs;

import dev.gantry.adapter.api.logs.LogRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the view's "tail" and "since" fields into a {@link LogRequest}, with sentences for bad input. */
final class LogRequestInput {

    private static final Pattern AGO = Pattern.compile("(\\d+)\\s*([smhd])");

    private LogRequestInput() {
    }

    static LogRequest parse(String tail, String since, boolean follow, Instant now) {
        Integer n = null;
        if (tail != null && !tail.isBlank() && !tail.strip().equalsIgnoreCase("all")) {
            try {
                n = Integer.valueOf(tail.strip());
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (n < 0) {
                throw new IllegalArgumentException("Tail: enter a whole number of lines (0 or more) or \"all\", not \""
                        + tail.strip() + "\".");
            }
        }
        Instant from = null;
        if (since != null && !since.isBlank()) {
            String s = since.strip();
            Matcher m = AGO.matcher(s);
            if (m.matches()) {
                long v = Long.parseLong(m.group(1));
                Duration d = switch (m.group(2)) {
                    case "s" -> Duration.ofSeconds(v);
                    case "m" -> Duration.ofMinutes(v);
                    case "h" -> Duration.ofHours(v);
                    default -> Duration.ofDays(v);
                };
                from = now.minus(d);
            } else {
                try {
                    from = OffsetDateTime.parse(s).toInstant();
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("Since: enter an age like 10m, 2h or 1d, or a time like "
                            + "2026-11-25T05:00:00Z, not \"" + s + "\".");
                }
            }
        }
        return new LogRequest(follow, n, from);
    }
}
