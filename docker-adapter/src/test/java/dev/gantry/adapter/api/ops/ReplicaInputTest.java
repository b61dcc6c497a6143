package dev.gantry.adapter.api.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReplicaInputTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0    | 0   | false",
        "3    | 3   | false",
        "' 7 '| 7   | false",
        "+5   | 5   | false",
        "100  | 100 | false",
        "101  | 101 | true",
        "10000| 10000 | true"})
    void acceptsWholeNumbersAndFlagsLargeOnes(String text, long expected, boolean confirm) {
        ReplicaInput.Result r = ReplicaInput.parse(text);
        assertTrue(r.valid(), r.error());
        assertEquals(expected, r.replicas());
        assertEquals(confirm, r.needsConfirmation());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "abc     | \"abc\" is not a number of replicas",
        "-1      | cannot be negative (-1)",
        "2.5     | \"2.5\" is not a number",
        "''      | Enter the number of replicas",
        "10001   | too many",
        "99999999999999999999 | too many"})
    void refusesWithASentence(String text, String expected) {
        ReplicaInput.Result r = ReplicaInput.parse(text);
        assertFalse(r.valid());
        assertTrue(r.error().contains(expected), r.error());
    }
}
