package dev.gantry.adapter.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AnsiTextTest {

    @Test
    void sgrColoursBecomeSpansAndNoEscapeRemains() {
        AnsiText.Styled s = AnsiText.parse("\u001b[1;31mERROR\u001b[0m plain \u001b[38;5;208morange\u001b[39m");
        assertEquals("ERROR plain orange", s.text());
        assertEquals(3, s.spans().size());
        AnsiText.Span err = s.spans().get(0);
        assertEquals(0, err.start());
        assertEquals(5, err.end());
        assertEquals(1, err.foreground());
        assertTrue(err.bold());
        assertTrue(s.spans().get(1).plain());
        assertEquals(208, s.spans().get(2).foreground());
        assertFalse(s.text().contains("\u001b"));
    }

    @Test
    void trueColourBrightAndBackground() {
        AnsiText.Styled s = AnsiText.parse("\u001b[38;2;1;2;3;44mx\u001b[92my");
        assertEquals(AnsiText.RGB_FLAG | 0x010203, s.spans().get(0).foreground());
        assertEquals(4, s.spans().get(0).background());
        assertEquals(10, s.spans().get(1).foreground());
    }

    @Test
    void otherSequencesAreDroppedAndUnterminatedOnesDoNotShow() {
        assertEquals("ab", AnsiText.strip("a\u001b[2Kb"));
        assertEquals("abc", AnsiText.strip("abc\u001b[31"));
        assertEquals("plain", AnsiText.strip("plain"));
    }
}
