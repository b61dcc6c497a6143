package dev.gantry.adapter.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** YAML 1.1 versus the CLI's YAML 1.2-style resolution, positions, anchors and merge keys. */
class YamlParserTest {

    private static YNode.Mapping parse(String text, Diagnostics d) {
        return new YamlParser().parse(text, d);
    }

    private static Object value(String yamlScalar) {
        Diagnostics d = new Diagnostics(Path.of("t.yml"));
        YNode.Mapping m = parse("k: " + yamlScalar + "\n", d);
        return ((YNode.Scalar) m.get("k")).value();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "yes|String|yes", "on|String|on", "off|String|off", "y|String|y", "no|String|no",
        "true|Boolean|true", "False|Boolean|false", "0440|Long|288", "0o440|Long|288", "0x1F|Long|31",
        "1_000|Long|1000", "42|Long|42", "-7|Long|-7", "3.5|Double|3.5", "09|Double|9.0",
        "2001-12-14|String|2001-12-14", "!!str 0440|String|0440", "\"yes\"|String|yes", "!!str 12|String|12",
        "1:30|String|1:30"})
    void resolvesScalarsLikeTheCli(String yaml, String type, String expected) {
        Object v = value(yaml);
        assertEquals(type, v.getClass().getSimpleName(), yaml);
        assertEquals(expected, v.toString(), yaml);
    }

    @Test
    void nullSpellings() {
        assertNull(value("~"));
        assertNull(value("null"));
        assertNull(value(""));
    }

    @Test
    void keepsLineAndColumn() {
        Diagnostics d = new Diagnostics(Path.of("t.yml"));
        YNode.Mapping m = parse("services:\n  web:\n    image: nginx\n", d);
        YNode.Mapping web = (YNode.Mapping) ((YNode.Mapping) m.get("services")).get("web");
        assertEquals(new Position(3, 12), web.get("image").position());
        assertEquals(new Position(3, 5), web.entry("image").keyPosition());
    }

    @Test
    void anchorsAliasesAndMergeKeysWithExplicitKeysWinning() {
        Diagnostics d = new Diagnostics(Path.of("t.yml"));
        YNode.Mapping m = parse("x-base: &b\n  image: a\n  tty: true\nservices:\n  s:\n    <<: *b\n    image: c\n"
                + "  t:\n    <<: [*b, {user: u}]\n", d);
        assertTrue(d.list().isEmpty(), d.list().toString());
        Object services = m.toPlain();
        @SuppressWarnings("unchecked")
        Map<String, Object> s = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) services)
                .get("services")).get("s");
        assertEquals("c", s.get("image"));
        assertEquals(true, s.get("tty"));
        @SuppressWarnings("unchecked")
        Map<String, Object> t = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) services)
                .get("services")).get("t");
        assertEquals("u", t.get("user"));
        assertEquals("a", t.get("image"));
    }

    @Test
    void duplicateKeysAreErrorsAtTheSecondKey() {
        Diagnostics d = new Diagnostics(Path.of("t.yml"));
        parse("services:\n  s:\n    image: x\n  s:\n    image: y\n", d);
        assertEquals(1, d.list().size());
        assertEquals(4, d.list().get(0).line());
        assertTrue(d.list().get(0).message().contains("already defined at line 2"));
    }

    @Test
    void nonStringKeysAreErrors() {
        Diagnostics d = new Diagnostics(Path.of("t.yml"));
        parse("services:\n  s:\n    labels:\n      1: x\n", d);
        assertEquals(4, d.list().get(0).line());
    }

    @Test
    void syntaxErrorsArePositioned() {
        Diagnostics d = new Diagnostics(Path.of("t.yml"));
        assertNull(parse("services:\n  s:\n    image: [x\n", d));
        assertTrue(d.list().get(0).line() >= 3, d.list().toString());
    }

    @Test
    void topLevelMustBeAMapping() {
        Diagnostics d = new Diagnostics(Path.of("t.yml"));
        assertNull(parse("- a\n", d));
        assertEquals("Top-level object must be a mapping", d.list().get(0).message());
        Diagnostics e = new Diagnostics(Path.of("t.yml"));
        assertNull(parse("", e));
        assertEquals(1, e.list().get(0).line());
    }

    @Test
    void recursiveAliasesAreErrorsNotCrashes() {
        Diagnostics d = new Diagnostics(Path.of("t.yml"));
        parse("a: &a\n  b: *a\n", d);
        assertTrue(d.hasErrors());
    }

    @Test
    void onlyTheFirstDocumentCountsButJunkAfterAnEndMarkerIsAnError() {
        Diagnostics d = new Diagnostics(Path.of("t.yml"));
        YNode.Mapping m = parse("a: 1\n---\nb: [\n", d);
        assertTrue(d.list().isEmpty(), d.list().toString());
        assertEquals(1L, ((YNode.Scalar) m.get("a")).value());
        Diagnostics indented = new Diagnostics(Path.of("t.yml"));
        parse("  a: 1\nb: 2\n", indented);
        assertTrue(indented.list().isEmpty(), indented.list().toString());
        Diagnostics junk = new Diagnostics(Path.of("t.yml"));
        parse("a: 1\n...  b: 2\n", junk);
        assertTrue(junk.hasErrors());
        assertEquals(2, junk.list().get(0).line());
    }

    @Test
    void explicitTagsMustFitTheirValue() {
        Diagnostics d = new Diagnostics(Path.of("t.yml"));
        parse("a: !!int 80:80\nb: !!int 12\n", d);
        assertEquals(1, d.list().size(), d.list().toString());
        assertEquals(1, d.list().get(0).line());
    }

    @Test
    void aTabAfterATokenIsWhiteSpaceButNotInIndentation() {
        Diagnostics d = new Diagnostics(Path.of("t.yml"));
        YNode.Mapping m = parse("a:\t\n  - x\nb: 1\t\n", d);
        assertTrue(d.list().isEmpty(), d.list().toString());
        assertEquals(1L, ((YNode.Scalar) m.get("b")).value());
        Diagnostics indented = new Diagnostics(Path.of("t.yml"));
        parse("a:\n\tb: 1\n", indented);
        assertTrue(indented.hasErrors());
    }

    @Test
    void aDirectiveLineInsideTheDocumentIsAnError() {
        Diagnostics d = new Diagnostics(Path.of("t.yml"));
        parse("services:\n  s:\n    image: x\n%YAML 1.1\n  t:\n    image: y\n", d);
        assertTrue(d.hasErrors(), d.list().toString());
    }
}
