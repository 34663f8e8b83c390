package org.gkml.extract.pdf;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OverprintedGlyphsTest {

    /** A glyph {@code width} wide and 10 high (a CJK glyph of size 10 is 10 wide). */
    private static Glyph glyph(String text, double x, double y, double width) {
        return new Glyph(x, y, x + width, y + 10, width, text);
    }

    /** A first glyph 序 of size 10 at (100, 200), then a second one: is it the first drawn again? */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "fake bold: the same character 0.35 pt to the right, 序, 100.35, 200, 10, true",
            "drawn twice at the very same place, 序, 100, 200, 10, true",
            "a shade more than a quarter of its size away, 序, 102.6, 200, 10, false",
            "the next character of the line, 序, 110, 200, 10, false",
            "another character over it, 号, 100.35, 200, 10, false",
            "the same character in the line below, 序, 100, 212, 10, false",
            "the same place in a much larger size, 序, 100, 200, 16, false",
            "a narrow l after an l (hall), l, 102.2, 200, 2.2, false",
    })
    void aGlyphRepeatsOneOnlyOverItself(String what, String text, double x, double y, double size, boolean repeats) {
        OverprintedGlyphs seen = new OverprintedGlyphs();
        assertEquals(false, seen.repeats(text.equals("l") ? new Glyph(100, 200, 102.2, 210, 10, "l") : glyph("序", 100, 200, 10)), "the first is new");
        assertEquals(repeats, seen.repeats(glyph(text, x, y, size)), what);
    }
}
