package org.gkml.table;

import java.util.ArrayList;
import java.util.List;

/**
 * The table model every input format converges on: a grid of cells with spans. Header rows are part of
 * the table; the mapping stage finds them. Grid positions covered by no cell are empty.
 *
 * @param mergesExplicit true when the source shows merged cells as spans (Word, Excel, HTML, ruled PDF);
 *                       false when a merged cell shows as empty cells below it (Word tables exported to
 *                       text), so the mapping stage must fill down
 * @param heading        a section heading printed just above the table ({@link SectionHeadingLine}), or null
 */
public record Table(List<Cell> cells, boolean mergesExplicit, String heading) {

    public Table {
        cells = List.copyOf(cells);
    }

    public Table(List<Cell> cells, boolean mergesExplicit) {
        this(cells, mergesExplicit, null);
    }

    public Table(List<Cell> cells) {
        this(cells, true);
    }

    /** This table under a section heading its format gives some other way (a sheet's name). */
    public Table withHeading(String heading) {
        return new Table(cells, mergesExplicit, heading);
    }

    /** This table under the section heading of {@code line}, when the line is one (else unchanged). */
    public Table headedBy(String line) {
        String h = SectionHeadingLine.of(line);
        return h == null ? this : new Table(cells, mergesExplicit, h);
    }

    public int rowCount() {
        return cells.stream().mapToInt(c -> c.lastRow() + 1).max().orElse(0);
    }

    public int columnCount() {
        return cells.stream().mapToInt(c -> c.lastCol() + 1).max().orElse(0);
    }

    /** The grid: {@code grid()[r][c]} is the cell covering that position, or null. */
    public Cell[][] grid() {
        Cell[][] g = new Cell[rowCount()][columnCount()];
        for (Cell cell : cells) {
            for (int r = cell.row(); r <= cell.lastRow(); r++) {
                for (int c = cell.col(); c <= cell.lastCol(); c++) {
                    g[r][c] = cell;
                }
            }
        }
        return g;
    }

    /** Cells whose top-left corner lies in row {@code r}, left to right. */
    public List<Cell> rowCells(int r) {
        List<Cell> out = new ArrayList<>();
        for (Cell c : cells) if (c.row() == r) out.add(c);
        out.sort((a, b) -> Integer.compare(a.col(), b.col()));
        return out;
    }
}
