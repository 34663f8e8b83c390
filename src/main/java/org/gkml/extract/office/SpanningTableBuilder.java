package org.gkml.extract.office;

import org.gkml.table.Cell;
import org.gkml.table.Provenance;
import org.gkml.table.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link Table} from Word's row-by-row description of merges: a cell spans grid columns
 * (gridSpan) and a vertically merged cell is a "continue" marker in the rows below its first cell.
 */
final class SpanningTableBuilder {

    private static final class Pending {
        final int row;
        final int col;
        int rowSpan = 1;
        int colSpan;
        final StringBuilder text;

        Pending(int row, int col, int colSpan, String text) {
            this.row = row;
            this.col = col;
            this.colSpan = colSpan;
            this.text = new StringBuilder(text);
        }
    }

    private final String fileName;
    private final int tableNumber;
    private final List<Pending> cells = new ArrayList<>();
    /** Grid column → the cell that ended the previous row at that column (for vertical merges). */
    private Map<Integer, Pending> above = new HashMap<>();
    private Map<Integer, Pending> current = new HashMap<>();
    private Pending lastInRow;
    private int row = -1;

    SpanningTableBuilder(String fileName, int tableNumber) {
        this.fileName = fileName;
        this.tableNumber = tableNumber;
    }

    void startRow() {
        if (row >= 0) above = current;
        current = new HashMap<>();
        lastInRow = null;
        row++;
    }

    /** A cell starting at grid column {@code col}, {@code colSpan} wide. */
    void cell(int col, int colSpan, String text) {
        Pending p = new Pending(row, col, Math.max(1, colSpan), text);
        cells.add(p);
        occupy(p, col);
    }

    /** A vertical-merge continuation at {@code col}: extends the cell above, or is an empty cell when none. */
    void continueAbove(int col, int colSpan, String text) {
        Pending p = above.get(col);
        if (p == null || p.col != col) {
            cell(col, colSpan, text);
            return;
        }
        p.rowSpan = row - p.row + 1;
        appendText(p, text);
        occupy(p, col);
    }

    /** A horizontal-merge continuation (legacy hMerge / DOC merge flags): widens the cell to the left. */
    void continueLeft(int col, int colSpan, String text) {
        if (lastInRow == null) {
            cell(col, colSpan, text);
            return;
        }
        lastInRow.colSpan = col + Math.max(1, colSpan) - lastInRow.col;
        appendText(lastInRow, text);
        occupy(lastInRow, col);
    }

    private void occupy(Pending p, int col) {
        for (int c = p.col; c < p.col + p.colSpan; c++) current.put(c, p);
        lastInRow = p;
    }

    private static void appendText(Pending p, String text) {
        if (text.isBlank()) return;
        if (!p.text.toString().isBlank()) p.text.append('\n');
        p.text.append(text);
    }

    int rowCount() {
        return row + 1;
    }

    Table build() {
        List<Cell> out = new ArrayList<>();
        for (Pending p : cells) {
            String ref = "table " + tableNumber + " r" + (p.row + 1) + "c" + (p.col + 1);
            out.add(new Cell(p.row, p.col, p.rowSpan, p.colSpan, p.text.toString(), Provenance.ofCell(fileName, tableNumber, ref)));
        }
        return new Table(out);
    }
}
