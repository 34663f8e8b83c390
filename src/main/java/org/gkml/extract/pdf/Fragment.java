package org.gkml.extract.pdf;

import java.util.List;

/**
 * The part of a ruled table that lies on one page, with the text of each cell.
 *
 * @param page  1-based page number
 * @param table the page table's grid and cell rectangles
 * @param cells one entry per box of {@code table}, in the same order
 */
record Fragment(int page, RulingGrid.PageTable table, List<CellText> cells) {

    /**
     * @param text       the cell's lines joined with "\n" ("" when blank)
     * @param bottomGap  distance from the cell's last text line to its bottom edge (infinite when blank)
     * @param fontSize   the size of the cell's text (0 when blank)
     * @param linePitch  the distance from one of the cell's lines to the next (0 when it has one line or none)
     * @param confidence the OCR's confidence in the text (0 to 100) when it was read from a picture, else NaN
     */
    record CellText(RulingGrid.Box box, String text, double bottomGap, double fontSize, double linePitch, double confidence) {
        CellText(RulingGrid.Box box, String text, double bottomGap, double fontSize) {
            this(box, text, bottomGap, fontSize, 0, Double.NaN);
        }

        boolean blank() {
            return text.isBlank();
        }
    }
}
