package dev.gantry.adapter.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The interpolation table, checked against docker stack config 28.x by hand (see the probes in the docs). */
class TemplateTest {
    private static final Map<String, String> ENV = Map.of("SET", "value", "EMPTY", "");

    private static String sub(String in) throws Exception {
        return Template.substitute(in, ENV::get, new HashSet<>());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "plain|plain",
        "$SET|value",
        "${SET}|value",
        "a${SET}b|avalueb",
        "${UNSET:-def}|def",
        "${EMPTY:-def}|def",
        "${SET:-def}|value",
        "${UNSET-def}|def",
        "${EMPTY-def}|''",
        "$$SET|$SET",
        "$${SET}|${SET}",
        "${UNSET:-${B:-x}}|${B:-x}",
        "${UNSET:-}b|b",
        "${SET:?boom}|value",
        "${EMPTY?boom}|''",
        "$UNSET|''"})
    void substitutes(String in, String expected) throws Exception {
        assertEquals(expected, sub(in));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a$1", "$ {A}", "x$", "${", "${}", "${A:+x}", "${1A}"})
    void rejectsInvalidFormats(String in) {
        Template.SubstitutionException e = assertThrows(Template.SubstitutionException.class, () -> sub(in));
        assertTrue(!e.required());
    }

    @ParameterizedTest
    @ValueSource(strings = {"${UNSET:?need it}", "${EMPTY:?need it}", "${UNSET?need it}"})
    void requiredVariablesFail(String in) {
        Template.SubstitutionException e = assertThrows(Template.SubstitutionException.class, () -> sub(in));
        assertTrue(e.required());
        assertTrue(e.getMessage().endsWith("is missing a value: need it"), e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void reportsUnsetVariables() throws Exception {
        Set<String> unset = new HashSet<>();
        Template.substitute("$A ${B} ${C:-x} $SET", ENV::get, unset);
        assertEquals(Set.of("A", "B"), unset);
    }
}
