package org.gkml.extract.ocr;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cells of a page go to Tesseract stacked on sheets no taller than it takes: a dense page's cells stacked on
 * one sheet came to 32885 pixels, and Tesseract refused the page ("Image too large"), so the whole page was lost.
 */
class RegionOcrSheetsTest {

    private static int stacked(List<RegionOcr.Region> sheet) {
        // as readSheet lays them out at 300 dpi: a margin above and below, a gap between
        int h = 2 * 20 - 40;
        for (RegionOcr.Region r : sheet) h += r.y1() - r.y0() + 40;
        return h;
    }

    @Test
    void aPageOfCellsTallerThanTesseractTakesIsReadOnSeveralSheetsInOrder() {
        List<RegionOcr.Region> cells = new ArrayList<>();
        for (int i = 0; i < 120; i++) cells.add(new RegionOcr.Region(100, i * 300, 600, i * 300 + 250)); // 120 cells of 250 px
        List<List<RegionOcr.Region>> sheets = RegionOcr.sheets(cells, 300, 1);
        assertTrue(sheets.size() >= 2, sheets.size() + " sheets");
        List<RegionOcr.Region> all = new ArrayList<>();
        for (List<RegionOcr.Region> s : sheets) {
            assertTrue(stacked(s) <= RegionOcr.MAX_SHEET, stacked(s) + " pixels");
            all.addAll(s);
        }
        assertEquals(cells, all, "every cell once, in order");
    }

    @Test
    void aSheetReadAtASmallerScaleHoldsMore() {
        List<RegionOcr.Region> cells = new ArrayList<>();
        for (int i = 0; i < 120; i++) cells.add(new RegionOcr.Region(100, i * 300, 600, i * 300 + 250));
        assertTrue(RegionOcr.sheets(cells, 300, 0.6).size() < RegionOcr.sheets(cells, 300, 1).size());
        assertEquals(1, RegionOcr.sheets(cells.subList(0, 10), 300, 1).size(), "a usual page is one sheet, one run");
    }
}
