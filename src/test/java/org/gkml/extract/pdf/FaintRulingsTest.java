package org.gkml.extract.pdf;

import org.gkml.extract.ocr.GrayImage;
import org.gkml.extract.ocr.RulingLines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A printed web table's hairline borders come out of a scan light grey (corpus/scans/bd_shehuijiuzhu.skew300.pdf:
 * about 160 of 255, black text, paper 250): the lines are found under the line threshold, halfway to the paper.
 */
class FaintRulingsTest {

    @ParameterizedTest(name = "ink {0}, paper {1}: lines under {2}")
    @CsvSource({"150, 250, 200", "128, 255, 191", "200, 200, 200", "180, 120, 180"})
    void theLineThresholdIsHalfwayToThePaper(int ink, int paper, int line) {
        assertEquals(line, ScannedPage.lineThreshold(ink, paper));
    }

    @Test
    void lightGreyRowLinesAreFoundUnderTheLineThreshold() {
        int w = 2400, h = 1200;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(250, 250, 250));
        g.fillRect(0, 0, w, h);
        // black text: blocks of strokes in each cell, enough ink for a threshold between ink and paper
        g.setColor(new Color(20, 20, 20));
        for (int y = 130; y < h - 100; y += 200) for (int x = 130; x < w - 300; x += 400) for (int k = 0; k < 4; k++) g.fillRect(x + k * 60, y, 40, 4 + k * 10);
        // darker column lines, light grey row lines one pixel thick
        g.setColor(new Color(127, 127, 127));
        for (int x = 100; x <= 2100; x += 400) g.fillRect(x, 100, 2, 1001);
        g.setColor(new Color(162, 162, 162));
        for (int y = 100; y <= 1100; y += 200) g.fillRect(100, y, 2001, 1);
        g.dispose();
        GrayImage image = GrayImage.of(img);
        int ink = image.otsuThreshold();
        long before = RulingLines.find(image, ink, 300).stream().filter(RulingLines.Line::horizontal).count();
        List<RulingLines.Line> lines = RulingLines.find(image, ScannedPage.lineThreshold(ink, image.paperLevel()), 300);
        assertEquals(0, before, "under the ink threshold (" + ink + ") the grey rows are no lines");
        assertEquals(6, lines.stream().filter(RulingLines.Line::horizontal).count(), lines.toString());
        assertEquals(6, lines.stream().filter(l -> !l.horizontal()).count(), lines.toString());
    }
}
