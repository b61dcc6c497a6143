package dev.gantry.ui.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgesTest {

    @ParameterizedTest
    @CsvSource({"0,0s", "59,59s", "60,1m", "3599,59m", "3600,1h", "86399,23h", "86400,1d", "1209599,13d",
        "1209600,2w", "31535999,52w", "31536000,1y", "-5,0s"})
    void compactAges(long seconds, String expected) {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        assertEquals(expected, Ages.format(now.minusSeconds(seconds), now));
    }

    @org.junit.jupiter.api.Test
    void unknownCreationIsBlank() {
        assertEquals("", Ages.format(null, Instant.now()));
    }
}
