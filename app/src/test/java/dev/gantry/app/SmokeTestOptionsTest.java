package dev.gantry.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SmokeTestOptionsTest {

    @Test
    void withoutArgumentsUsesTheEnvironmentNoHoldAndTheDefaultTimeout() {
        SmokeTestOptions o = SmokeTestOptions.parse(new String[0]);
        assertEquals(Optional.empty(), o.host());
        assertEquals(Duration.ZERO, o.hold());
        assertEquals(SmokeTestOptions.DEFAULT_TIMEOUT, o.timeout());
    }

    @Test
    void readsHostHoldAndTimeoutInAnyOrder() {
        SmokeTestOptions o = SmokeTestOptions.parse(
                new String[] {"--hold", "5", "--host", "tcp://127.0.0.1:2376", "--timeout", "30"});
        assertEquals(Optional.of("tcp://127.0.0.1:2376"), o.host());
        assertEquals(Duration.ofSeconds(5), o.hold());
        assertEquals(Duration.ofSeconds(30), o.timeout());
    }

    @Test
    void namesTheOptionThatLacksAValue() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> SmokeTestOptions.parse(new String[] {"--host", "--hold", "3"}));
        assertEquals("--host needs a value", e.getMessage());
    }

    @Test
    void rejectsSecondsThatAreNotAWholeNumber() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> SmokeTestOptions.parse(new String[] {"--hold", "2.5"}));
        assertEquals("--hold takes a whole number of seconds, not '2.5'", e.getMessage());
    }

    @Test
    void rejectsUnknownOptionsAndSaysWhichAreKnown() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> SmokeTestOptions.parse(new String[] {"--verbose"}));
        assertEquals("unknown option --verbose; --smoke-test takes --host URI, --hold SECONDS and --timeout SECONDS",
                e.getMessage());
    }

    @Test
    void rejectsAZeroTimeout() {
        assertThrows(IllegalArgumentException.class, () -> SmokeTestOptions.parse(new String[] {"--timeout", "0"}));
    }
}
