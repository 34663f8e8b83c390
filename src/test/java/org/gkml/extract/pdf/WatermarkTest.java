package org.gkml.extract.pdf;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WatermarkTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "body text left to right, 10, 0, 1, false",
            "a column label turned upward, 0, -10, 1, false",
            "a column label turned downward, 0, 10, 1, false",
            "right to left, -10, 0, 1, false",
            "a scan's text layer leaning 5 degrees, 10, 0.87, 1, false",
            "a diagonal watermark at 30 degrees, 10, -5.77, 1, true",
            "a diagonal watermark at 45 degrees, 10, 10, 1, true",
            "a steep one at 60 degrees, 5.77, -10, 1, true",
            "level but see-through (alpha 0.15), 10, 0, 0.15, true",
            "level and half opaque, 10, 0, 0.5, true",
            "level and a little translucent (0.8), 10, 0, 0.8, false",
            "a zero-width glyph, 0, 0, 1, false",
    })
    void aWatermarkIsSlantedOrSeeThrough(String what, double dx, double dy, double alpha, boolean watermark) {
        assertEquals(watermark, Watermark.is(dx, dy, alpha), what);
    }
}
