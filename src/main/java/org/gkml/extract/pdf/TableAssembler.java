package org.gkml.extract.pdf;

import org.gkml.table.Cell;
import org.gkml.table.Provenance;
import org.gkml.table.Table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Joins the page fragments of one table into a {@link Table}: the columns of all fragments are put on
 * one scale; a continuation page's repeated header rows are dropped; a row broken by the page break is
 * rejoined, and so are merged cells that the break cut in two.
 */
final class TableAssembler {

    /** Header rows compared when looking for a repeated header. */
    private static final int MAX_HEADER_ROWS = 6;
    /** Rows above the header (a title row drawn inside the table) that a continuation page may not repeat. */
    private static final int MAX_TITLE_ROWS = 2;
    /** Column boundaries closer than this (points) are the same boundary across pages. */
    private static final double SAME_COLUMN = 4.0;
    /**
     * A boundary this close to one of another page's is that boundary, or the middle of two that the grid took for
     * one double border: a browser prints a row carried onto a new page without a line at its top, so two column
     * lines a few points apart (a narrow 序号 or tick column) have no line across them there.
     */
    private static final double NEAR_COLUMN = RulingGrid.DOUBLE_GAP / 2 + 0.5;
    /**
     * Text that ends less than this many lines of its size above its cell's bottom, plus {@link #CELL_PADDING},
     * ran to the bottom: no room was left for another line, so the page break may have cut it.
     */
    private static final double NO_ROOM_LINES = 1.6;
    /**
     * Lines that widow and orphan control (Word, Writer, and a browser's CSS defaults) may carry to the next page
     * together: a cell's text may stop this many of its lines above the bottom and still go on.
     */
    private static final double KEPT_TOGETHER_LINES = 2;
    /** Space (points) producers leave between a cell's last line and its bottom edge. */
    private static final double CELL_PADDING = 3;
    /** A first line on the new page shorter than this repeats the line above only when it is all of that line. */
    private static final int MIN_REPEATED_TAIL = 2;

    private final String file;
    private final List<Double> columns = new ArrayList<>();
    private final List<MCell> cells = new ArrayList<>();
    private int rowCount;
    /** The last fragment appended leaves its bottom row open: the next page's first row goes on it. */
    private boolean previousOpenBottom;

    /** A cell being assembled. */
    private static final class MCell {
        int row, col, rowSpan, colSpan, page;
        final StringBuilder text;
        double bottomGap, fontSize, linePitch;
        /** The OCR's least confidence in the cell's text (NaN when it was not read from a picture). */
        double confidence = Double.NaN;

        MCell(int row, int col, int rowSpan, int colSpan, String text, int page, double bottomGap, double fontSize) {
            this.row = row;
            this.col = col;
            this.rowSpan = rowSpan;
            this.colSpan = colSpan;
            this.text = new StringBuilder(text);
            this.page = page;
            this.bottomGap = bottomGap;
            this.fontSize = fontSize;
        }

        int lastRow() {
            return row + rowSpan - 1;
        }

        boolean blank() {
            return text.toString().isBlank();
        }

        boolean sameColumns(MCell o) {
            return col == o.col && colSpan == o.colSpan;
        }
    }

    private TableAssembler(String file, List<Fragment> fragments) {
        this.file = file;
        // the page with the most columns first: another page's boundary near one of its boundaries is that one
        List<Fragment> widest = new ArrayList<>(fragments);
        widest.sort(Comparator.comparingInt((Fragment f) -> f.table().xs().length).reversed());
        for (double x : widest.get(0).table().xs()) addColumn(x, SAME_COLUMN);
        for (Fragment f : widest.subList(1, widest.size())) for (double x : f.table().xs()) addColumn(x, NEAR_COLUMN);
        columns.sort(Comparator.naturalOrder());
    }

    /** Whether fragment {@code next} (on the following page) has the column structure of {@code prev}. */
    static boolean continues(Fragment prev, Fragment next) {
        double[] a = prev.table().xs(), b = next.table().xs();
        if (Math.abs(a[0] - b[0]) > NEAR_COLUMN || Math.abs(a[a.length - 1] - b[b.length - 1]) > NEAR_COLUMN) return false;
        if (subset(a, b, SAME_COLUMN) || subset(b, a, SAME_COLUMN)) return true;
        return a.length != b.length && subset(a.length < b.length ? a : b, a.length < b.length ? b : a, NEAR_COLUMN);
    }

    private static boolean subset(double[] small, double[] large, double tolerance) {
        for (double x : small) {
            boolean found = false;
            for (double y : large) found |= Math.abs(x - y) <= tolerance;
            if (!found) return false;
        }
        return true;
    }

    /** One table from the fragments of consecutive pages (each continues the one before). */
    static Table assemble(String file, List<Fragment> fragments) {
        TableAssembler a = new TableAssembler(file, fragments);
        for (Fragment f : fragments) a.append(f);
        return a.build();
    }

    private void addColumn(double x, double tolerance) {
        for (double c : columns) if (Math.abs(c - x) <= tolerance) return;
        columns.add(x);
    }

    private int column(double x) {
        int best = 0;
        for (int i = 1; i < columns.size(); i++) {
            if (Math.abs(columns.get(i) - x) < Math.abs(columns.get(best) - x)) best = i;
        }
        return best;
    }

    private void append(Fragment f) {
        List<MCell> incoming = new ArrayList<>();
        for (Fragment.CellText ct : f.cells()) {
            RulingGrid.Box b = ct.box();
            int c0 = column(b.x0()), c1 = column(b.x1());
            MCell cell = new MCell(b.row(), c0, b.rowSpan(), Math.max(1, c1 - c0), ct.text(), f.page(), ct.bottomGap(), ct.fontSize());
            cell.linePitch = ct.linePitch();
            cell.confidence = ct.confidence();
            incoming.add(cell);
        }
        int fragmentRows = f.table().ys().length - 1;
        if (cells.isEmpty()) {
            cells.addAll(incoming);
            rowCount = fragmentRows;
            previousOpenBottom = f.table().openBottom();
            return;
        }
        int drop = repeatedHeaderRows(incoming, fragmentRows);
        incoming.removeIf(c -> c.row < drop);
        for (MCell c : incoming) c.row -= drop;
        fragmentRows -= drop;
        if (fragmentRows <= 0) return;

        int last = rowCount - 1;
        List<MCell> above = cells.stream().filter(c -> c.lastRow() == last).toList();
        List<MCell> first = incoming.stream().filter(c -> c.row == 0).toList();
        // a bottom left open says the row goes on; an open top only that it may: a browser draws no line at the top
        // of a continued table's page, and the row ended above where every cell starting text below had room left
        boolean brokenRow = previousOpenBottom || (f.table().openTop() ? textRunsOn(above, first) : rowBrokenByPage(above, first));
        List<MCell[]> pairs = brokenRow && allMatched(above, first) ? wholeRowGoesOn(above, first) : cutMergedCells(above, first);
        Set<MCell> absorbed = new HashSet<>();
        for (MCell[] p : pairs) absorbed.add(p[1]);
        // when the whole first row was absorbed, the fragment's rows move up by one
        boolean rowGone = !first.isEmpty() && absorbed.containsAll(first);
        for (MCell[] p : pairs) if (p[0] != null) join(p[0], p[1], rowGone ? p[1].rowSpan - 1 : p[1].rowSpan);
        int offset = rowGone ? rowCount - 1 : rowCount;
        for (MCell c : incoming) {
            if (absorbed.contains(c)) continue;
            c.row += offset;
            cells.add(c);
        }
        rowCount = offset + fragmentRows;
        previousOpenBottom = f.table().openBottom();
    }

    /**
     * Each cell of the new page's first row goes on the cell above it; an empty one that matches no cell above (its
     * lines drawn differently on the new page) is dropped.
     */
    private static List<MCell[]> wholeRowGoesOn(List<MCell> above, List<MCell> first) {
        List<MCell[]> pairs = new ArrayList<>();
        for (MCell c : first) pairs.add(new MCell[]{match(above, c), c});
        return pairs;
    }

    /**
     * Merged cells cut by the page break. When the first column goes on, so do the other cut cells; otherwise
     * a single empty cell under a cell merged over several rows is that cell going on, and so is an empty cell
     * merged over several rows under a cell with text: Writer and Word draw a group merged down over rows on
     * both pages as one cell on each, the text on the first page only.
     */
    private static List<MCell[]> cutMergedCells(List<MCell> above, List<MCell> first) {
        List<MCell[]> pairs = new ArrayList<>();
        MCell leftUp = above.stream().filter(c -> c.col == 0).findFirst().orElse(null);
        MCell leftDown = first.stream().filter(c -> c.col == 0).findFirst().orElse(null);
        boolean leftGoesOn = leftUp != null && leftDown != null && cutMergedCell(leftUp, leftDown);
        for (MCell c : first) {
            MCell up = match(above, c);
            if (up == null) continue;
            boolean goesOn = leftGoesOn ? cutMergedCell(up, c)
                    : c.blank() && (up.rowSpan > 1 && c.rowSpan == 1 || c.rowSpan > 1 && !up.blank());
            if (goesOn) pairs.add(new MCell[]{up, c});
        }
        return pairs;
    }

    private static void join(MCell up, MCell down, int moreRows) {
        String more = down.text.toString();
        // a text line straddling the page break is drawn on both pages by some producers
        String upText = up.text.toString();
        String lastLine = upText.substring(upText.lastIndexOf('\n') + 1);
        int firstEnd = more.indexOf('\n');
        String firstLine = firstEnd < 0 ? more : more.substring(0, firstEnd);
        boolean repeated = !lastLine.isBlank() && (lastLine.equals(firstLine) || firstLine.length() >= MIN_REPEATED_TAIL && upText.endsWith(firstLine));
        if (repeated) more = firstEnd < 0 ? "" : more.substring(firstEnd + 1);
        if (!more.isBlank()) {
            if (!up.blank()) up.text.append('\n');
            up.text.append(more);
        }
        up.rowSpan += moreRows;
        up.bottomGap = down.bottomGap;
        if (!Double.isNaN(down.confidence)) up.confidence = Double.isNaN(up.confidence) ? down.confidence : Math.min(up.confidence, down.confidence);
    }

    private static MCell match(List<MCell> above, MCell c) {
        for (MCell up : above) if (up.sameColumns(c)) return up;
        return null;
    }

    /** Every cell of the new page's first row has one above it, or is empty. */
    private static boolean allMatched(List<MCell> above, List<MCell> first) {
        if (first.isEmpty()) return false;
        for (MCell c : first) if (match(above, c) == null && !c.blank()) return false;
        return true;
    }

    /**
     * A row broken by the page break: every cell that goes on below has text above that runs to the
     * bottom of its cell, and some one-row cell (a short one, such as 序号) has nothing left below.
     */
    private static boolean rowBrokenByPage(List<MCell> above, List<MCell> first) {
        if (!textRunsOn(above, first)) return false;
        boolean someText = false, someBlank = false;
        for (MCell c : first) {
            MCell up = match(above, c);
            if (!c.blank()) someText = true;
            else if (up != null && !up.blank() && up.rowSpan == 1) someBlank = true; // a short cell that ended above
        }
        return someText && someBlank;
    }

    /**
     * Every cell of the new page's first row that holds text lies under a cell whose text ran to its bottom: the
     * row goes on. True also when no cell below holds text.
     */
    private static boolean textRunsOn(List<MCell> above, List<MCell> first) {
        for (MCell c : first) {
            if (c.blank()) continue;
            MCell up = match(above, c);
            if (up == null) return false;
            if (up.blank() || roomLeft(up)) return false;
        }
        return true;
    }

    /** The cell's text stopped higher above its bottom than the lines a page break may carry over together. */
    private static boolean roomLeft(MCell up) {
        return up.bottomGap > Math.max(NO_ROOM_LINES * up.fontSize, KEPT_TOGETHER_LINES * up.linePitch) + CELL_PADDING;
    }

    /** The two halves of one merged cell: one of them spans rows and one of them is empty. */
    private static boolean cutMergedCell(MCell up, MCell down) {
        return up.sameColumns(down) && (up.rowSpan > 1 || down.rowSpan > 1) && (up.blank() || down.blank());
    }

    /**
     * How many top rows of the fragment repeat header rows of the table (a repeated header), or 0. The
     * repeated band may start below the table's first rows: a title row inside the table is not repeated.
     */
    private int repeatedHeaderRows(List<MCell> incoming, int fragmentRows) {
        for (int start = 0; start <= MAX_TITLE_ROWS; start++) {
            for (int k = Math.min(MAX_HEADER_ROWS, Math.min(fragmentRows, rowCount - start)); k >= 1; k--) {
                Set<String> mine = band(cells, start, k), theirs = band(incoming, 0, k);
                if (mine != null && mine.stream().anyMatch(cell -> !cell.endsWith(",")) && mine.equals(theirs)) return k;
            }
        }
        return 0;
    }

    /** The cells of rows start..start+k-1, rows counted from start; null when a cell crosses the band's edges. */
    private static Set<String> band(List<MCell> cells, int start, int k) {
        Set<String> out = new HashSet<>();
        for (MCell c : cells) {
            if (c.lastRow() < start || c.row >= start + k) continue;
            if (c.row < start || c.lastRow() >= start + k) return null;
            out.add((c.row - start) + "," + c.col + "," + c.rowSpan + "," + c.colSpan + "," + c.text.toString().replaceAll("\\s+", ""));
        }
        return out;
    }

    private Table build() {
        List<Cell> out = new ArrayList<>();
        for (MCell c : cells) {
            int span = Math.min(c.rowSpan, rowCount - c.row);
            out.add(new Cell(c.row, c.col, Math.max(1, span), c.colSpan, c.text.toString(),
                    Provenance.ofCell(file, c.page, "row " + (c.row + 1) + " col " + (c.col + 1)).withOcrConfidence(c.confidence)));
        }
        out.sort(Comparator.comparingInt(Cell::row).thenComparingInt(Cell::col));
        return new Table(out);
    }
}
