package org.gkml.table;

import java.util.Objects;

/**
 * One table cell. A merged cell is one {@code Cell} covering {@code rowSpan × colSpan} grid positions
 * from its top-left corner; formats that cannot tell a merge (text exports) show it as empty cells.
 *
 * @param text the cell text with the source's line breaks kept as {@code \n}; never null
 */
public record Cell(int row, int col, int rowSpan, int colSpan, String text, Provenance source) {

    public Cell {
        if (row < 0 || col < 0) throw new IllegalArgumentException("negative cell position " + row + "," + col);
        if (rowSpan < 1 || colSpan < 1) throw new IllegalArgumentException("span must be >= 1: " + rowSpan + "x" + colSpan);
        Objects.requireNonNull(text, "text");
    }

    public Cell(int row, int col, String text, Provenance source) {
        this(row, col, 1, 1, text, source);
    }

    /** True when the cell holds no visible text (ideographic spaces count as blank). */
    public boolean isBlank() {
        return text.replace('\u3000', ' ').isBlank();
    }

    public int lastRow() {
        return row + rowSpan - 1;
    }

    public int lastCol() {
        return col + colSpan - 1;
    }
}
