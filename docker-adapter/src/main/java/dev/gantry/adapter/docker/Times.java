package dev.gantry.adapter.docker;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;

/** The engine's several ways of writing a time, read into Instants; its "zero time" becomes null. */
final class Times {

    private Times() {
    }

    /** RFC 3339 with nanoseconds, as the engine writes it; null, blank, unparsable or year 1 give null. */
    static Instant parse(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return notZero(OffsetDateTime.parse(s).toInstant());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static Instant of(Date d) {
        return d == null ? null : notZero(d.toInstant());
    }

    static Instant ofEpochSeconds(Long seconds) {
        return seconds == null || seconds <= 0 ? null : Instant.ofEpochSecond(seconds);
    }

    private static Instant notZero(Instant t) {
        return t.getEpochSecond() < 0 ? null : t;
    }
}
