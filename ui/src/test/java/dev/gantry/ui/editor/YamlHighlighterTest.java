package dev.gantry.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.gantry.adapter.compose.Severity;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

class YamlHighlighterTest {
    private static final String TEXT = """
            # comment
            x-base: &base
              image: "busybox:${TAG:-1}"   # pinned
            services:
              web:
                <<: *base
                command: echo $$HOME 'it''s' #tail
                ports:
                  - "8080:80"
            """;

    private static String classAt(String[] cls, String text, String token, int nth) {
        int at = -1;
        for (int i = 0; i <= nth; i++) {
            at = text.indexOf(token, at + 1);
        }
        return cls[at];
    }

    @Test
    void classifiesKeysStringsCommentsAnchorsAndInterpolations() {
        String[] cls = YamlHighlighter.syntaxClasses(TEXT);
        assertEquals(YamlHighlighter.COMMENT, classAt(cls, TEXT, "# comment", 0));
        assertEquals(YamlHighlighter.KEY, classAt(cls, TEXT, "x-base", 0));
        assertEquals(YamlHighlighter.ANCHOR, classAt(cls, TEXT, "&base", 0));
        assertEquals(YamlHighlighter.KEY, classAt(cls, TEXT, "image", 0));
        assertEquals(YamlHighlighter.STRING, classAt(cls, TEXT, "\"busybox", 0));
        assertEquals(YamlHighlighter.INTERPOLATION, classAt(cls, TEXT, "${TAG", 0));
        assertEquals(YamlHighlighter.INTERPOLATION, classAt(cls, TEXT, ":-1}", 0));
        assertEquals(YamlHighlighter.COMMENT, classAt(cls, TEXT, "# pinned", 0));
        assertEquals(YamlHighlighter.KEY, classAt(cls, TEXT, "<<", 0));
        assertEquals(YamlHighlighter.ANCHOR, classAt(cls, TEXT, "*base", 0));
        assertNull(classAt(cls, TEXT, "$$HOME", 0), "$$ is an escaped dollar, not a variable");
        assertEquals(YamlHighlighter.STRING, classAt(cls, TEXT, "'it''s'", 0));
        assertEquals(YamlHighlighter.COMMENT, classAt(cls, TEXT, "#tail", 0));
        assertEquals(YamlHighlighter.STRING, classAt(cls, TEXT, "\"8080:80\"", 0));
        assertNull(classAt(cls, TEXT, "echo", 0));
    }

    @Test
    void aProblemIsUnderlinedOnItsRangeOnly() {
        String text = "services:\n  web:\n    replicas: 2\n";
        EditorProblem p = new EditorProblem(3, 5, 30, Severity.ERROR, "replicas is not allowed");
        StyleSpans<Collection<String>> spans = YamlHighlighter.spans(text, List.of(p));
        int offset = 0;
        StringBuilder underlined = new StringBuilder();
        for (var span : spans) {
            if (span.getStyle().contains(YamlHighlighter.ERROR)) {
                underlined.append(text, offset, offset + span.getLength());
            }
            offset += span.getLength();
        }
        assertEquals(text.length(), offset);
        assertEquals("replicas: 2", underlined.toString(), "clamped to the line");
    }

    @Test
    void positionsAndTokenLengths() {
        String text = "services:\n  web:\n    replicas: two # x\n";
        assertEquals(text.indexOf("replicas"), TextPositions.offset(text, 3, 5));
        assertEquals("replicas".length(), TextPositions.tokenLength(text, 3, 5));
        assertEquals("two".length(), TextPositions.tokenLength(text, 3, 15));
        assertEquals(text.length(), TextPositions.offset(text, 9, 1));
        assertEquals(text.indexOf("\n"), TextPositions.offset(text, 1, 99), "clamped to the line end");
    }

    @Test
    void stackNamesAsTheCli() {
        assertEquals(java.util.Optional.empty(), StackNames.problem("shop-2_a"));
        for (String bad : new String[] {"", " ", "Shop", "a b", "a.b", "_a", "ä"}) {
            assertEquals(true, StackNames.problem(bad).isPresent(), bad);
        }
    }
}
