package org.gkml.extract.pdf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WritingDirectionTest {

    @ParameterizedTest(name = "({0}, {1}) → {2}")
    @CsvSource({
            "9, 0, RIGHTWARD",
            "0, -9, UPWARD",       // Word's btLr: bottom to top
            "0, 9, DOWNWARD",      // tbRl
            "-9, 0, LEFTWARD",
            "1, -9, UPWARD",       // a few degrees off the axis
            "6, -6, RIGHTWARD",    // a diagonal watermark reads as before
            "0, 0, RIGHTWARD",
    })
    void byTheAdvance(double dx, double dy, WritingDirection expected) {
        assertEquals(expected, WritingDirection.of(dx, dy));
    }

    private static Glyph up(String text, double y) {
        return new Glyph(100, y, 109, y + 9, 9, text, Double.NaN, WritingDirection.UPWARD);
    }

    @Test
    void aCellWrittenBottomToTopReadsInWritingOrder() {
        // 全社会 turned (btLr): 全 at the bottom, 会 at the top
        List<Glyph> cell = List.of(up("会", 100), up("社", 110), up("全", 120));
        assertEquals("全社会", TextLines.text(cell));
    }

    @Test
    void twoTurnedLinesGoLeftToRight() {
        List<Glyph> cell = List.of(up("群", 100), up("定", 110), up("特", 120),
                new Glyph(112, 110, 121, 119, 9, "体", Double.NaN, WritingDirection.UPWARD));
        assertEquals("特定群\n体", TextLines.text(cell));
    }
}
