package org.gkml.extract.ocr;

import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Pieces of one ruling found apart are joined; two rulings, or a line broken where a cell is merged, are not. */
class CollinearPiecesTest {

    private static final double DPI = 300;

    private static RulingLines.Line v(double position, int from, int to, int thickness) {
        return new RulingLines.Line(false, position, from, to, thickness);
    }

    @Test
    void piecesBesideEachOtherOverlappingAlongAreOneLine() {
        // the line left of 全社会 on the turned wsjk scan, found as three pieces (the middle one alone floats)
        List<RulingLines.Line> joined = CollinearPieces.join(List.of(v(2573.4, 328, 541, 2), v(2573.6, 483, 1554, 3), v(2573.4, 1401, 1927, 2)), DPI);
        assertEquals(1, joined.size(), joined.toString());
        assertEquals(328, joined.get(0).from());
        assertEquals(1927, joined.get(0).to());
        assertEquals(2573.5, joined.get(0).position(), 0.2);
    }

    @Test
    void whatIsNotOneLineStaysApart() {
        Object[][] cases = {
                // pieces, lines left, why
                {List.of(v(100, 0, 500, 2), v(100.5, 503, 900, 2)), 1, "a break shorter than a bridged gap"},
                {List.of(v(100, 0, 500, 2), v(100, 600, 900, 2)), 2, "a line broken along (a merged cell's edge left out)"},
                {List.of(v(100, 0, 500, 2), v(110, 0, 500, 2)), 2, "a double border: two lines 0.85 mm apart"},
                {List.of(v(100, 0, 500, 2), new RulingLines.Line(true, 100, 0, 500, 2)), 2, "a horizontal and a vertical line"},
        };
        for (Object[] c : cases) {
            @SuppressWarnings("unchecked") List<RulingLines.Line> pieces = (List<RulingLines.Line>) c[0];
            assertEquals(c[1], CollinearPieces.join(pieces, DPI).size(), (String) c[2]);
        }
    }

    @Test
    void aLineDriftingByAPixelAcrossIsFoundWhole() {
        BufferedImage img = new BufferedImage(1000, 1400, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1000, 1400);
        g.setColor(Color.BLACK);
        // two pixels wide, moving two pixels across where the halves overlap: no pixel column holds it whole
        g.fillRect(500, 100, 2, 600);
        g.fillRect(502, 650, 2, 650);
        g.dispose();
        GrayImage image = GrayImage.of(img);
        List<RulingLines.Line> lines = RulingLines.find(image, image.otsuThreshold(), DPI);
        assertEquals(1, lines.size(), lines.toString());
        assertEquals(100, lines.get(0).from());
        assertEquals(1300, lines.get(0).to());
    }
}
