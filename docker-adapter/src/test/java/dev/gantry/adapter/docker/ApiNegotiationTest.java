package dev.gantry.adapter.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.adapter.api.EngineException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Negotiation as the docker CLI does it: the lower of both maxima, with a floor. */
class ApiNegotiationTest {

    @Test
    void versionsCompareNumerically() {
        assertTrue(ApiVersion.of("1.9").compareTo(ApiVersion.of("1.10")) < 0);
        assertTrue(ApiVersion.of("2.0").compareTo(ApiVersion.of("1.99")) > 0);
        assertEquals("1.41", ApiVersion.of("v1.41").toString());
        assertTrue(ApiVersion.parse("one.two").isEmpty());
        assertTrue(ApiVersion.parse(null).isEmpty());
    }

    @Test
    void olderEngineGetsItsOwnVersion() {
        assertEquals(ApiVersion.of("1.41"), ApiNegotiation.negotiate("h", "1.41"));
        assertEquals(ApiVersion.of("1.40"), ApiNegotiation.negotiate("h", "1.40"));
    }

    @Test
    void newerEngineGetsGantrysMaximumWhichDocker29Accepts() {
        assertEquals(ApiNegotiation.CLIENT_MAX, ApiNegotiation.negotiate("h", "1.52"));
        assertTrue(ApiNegotiation.CLIENT_MAX.compareTo(ApiVersion.of("1.44")) >= 0, "Docker 29 refuses below 1.44");
    }

    @Test
    void engineBelowTheMinimumIsApiTooOld() {
        EngineException e = assertThrows(EngineException.class, () -> ApiNegotiation.negotiate("box:2376", "1.39"));
        assertEquals(EngineException.Kind.API_TOO_OLD, e.kind());
        assertTrue(e.getMessage().contains("box:2376") && e.getMessage().contains("1.39")
                && e.getMessage().contains("1.40"), e.getMessage());
    }

    @Test
    void unreadableServerVersionIsATypedError() {
        assertEquals(EngineException.Kind.UNKNOWN,
                assertThrows(EngineException.class, () -> ApiNegotiation.negotiate("h", "")).kind());
    }

    @Test
    void retryVersionComesFromTheEnginesRefusal() {
        assertEquals(Optional.of(ApiVersion.of("1.44")), ApiNegotiation.retryVersion("client version 1.41 is too old."
                + " Minimum supported API version is 1.44, please upgrade your client to a newer version"));
        assertEquals(Optional.of(ApiVersion.of("1.41")), ApiNegotiation.retryVersion("client version 1.44 is too new."
                + " Maximum supported API version is 1.41"));
        assertTrue(ApiNegotiation.retryVersion("page not found").isEmpty());
        assertTrue(ApiNegotiation.retryVersion(null).isEmpty());
    }
}
