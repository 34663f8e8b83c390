package org.gkml.extract.ocr;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Skew and ruling lines found in drawn table pictures (no OCR program needed). */
class RulingLinesTest {

    private static final double DPI = 300;

    @Test
    void aLevelTableHasItsLinesAndNoCharacterStrokes() {
        GrayImage image = GrayImage.of(TableImages.table(2480, 1600, 4, 5, 0));
        List<RulingLines.Line> lines = RulingLines.find(image, image.otsuThreshold(), DPI);
        long horizontal = lines.stream().filter(RulingLines.Line::horizontal).count();
        long vertical = lines.size() - horizontal;
        assertEquals(5, horizontal, lines.toString());
        // six column lines, the one beside the merged cell drawn in two pieces
        assertEquals(7, vertical, lines.toString());
        for (RulingLines.Line l : lines) assertTrue(l.thickness() <= 6, "a 3-pixel line is thin: " + l);
    }

    @Test
    void theSkewOfATurnedPageIsFoundAndLevelled() {
        for (double degrees : new double[]{1.5, -0.8}) {
            GrayImage image = GrayImage.of(TableImages.table(2480, 1600, 4, 5, degrees));
            int threshold = image.otsuThreshold();
            double skew = Skew.degrees(image, threshold);
            assertEquals(degrees, skew, 0.05, "skew of a page turned " + degrees + "°");
            GrayImage level = image.levelled(skew);
            List<RulingLines.Line> lines = RulingLines.find(level, threshold, DPI);
            assertEquals(5, lines.stream().filter(RulingLines.Line::horizontal).count(), "levelled: every row line whole again " + lines);
            // without levelling, a 1.5° line over 2000 pixels climbs 50 pixels: no long thin run is left
            if (Math.abs(degrees) > 1) assertTrue(RulingLines.find(image, threshold, DPI).stream().filter(RulingLines.Line::horizontal).count() < 5);
        }
    }

    @Test
    void aQuarterTurnAndBackIsThePicture() {
        GrayImage image = GrayImage.of(TableImages.table(600, 900, 2, 2, 0));
        GrayImage back = image.turned(1).turned(3);
        assertEquals(image.width(), image.turned(1).height());
        for (int y = 0; y < image.height(); y += 37) for (int x = 0; x < image.width(); x += 29) assertEquals(image.at(x, y), back.at(x, y));
    }

    @Test
    void tesseractTsvGivesWordsWithTheirLineBoxes() {
        String tsv = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
                + "4\t1\t1\t1\t1\t0\t10\t20\t300\t40\t-1\t\n"
                + "5\t1\t1\t1\t1\t1\t10\t25\t60\t30\t96.5\t政府\n"
                + "5\t1\t1\t1\t1\t2\t80\t22\t30\t38\t41.0\t网玷\n"
                + "5\t1\t1\t1\t1\t3\t120\t22\t30\t38\t95\t \n";
        List<OcrWord> words = RegionOcr.words(tsv);
        assertEquals(2, words.size(), "blank words are no words");
        assertEquals(new OcrWord(80, 22, 110, 60, 20, 60, "网玷", 41.0), words.get(1));
    }

    @Test
    void aMissingProgramIsNamedWithWhatToInstall() {
        Tesseract.Availability a = Tesseract.locate("/nonexistent/gkml-test/tesseract");
        assertTrue(!a.ok());
        assertTrue(a.problem().contains("apt-get install tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-osd"), a.problem());
        assertTrue(!a.problem().contains("\n"), "one line: " + a.problem());
    }
}
