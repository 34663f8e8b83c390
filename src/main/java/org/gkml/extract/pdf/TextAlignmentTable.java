package org.gkml.extract.pdf;

import org.gkml.table.Cell;
import org.gkml.table.Provenance;
import org.gkml.table.Table;
import org.gkml.table.TextLine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The fallback for a page that draws no table lines: columns are the vertical strips of white space
 * that no line of the table crosses; each line of the first column starts a row, and the other columns'
 * lines are cut between rows where they leave their widest gap. Lower confidence than a ruled table.
 */
final class TextAlignmentTable {

    /**
     * A gap wider than this between glyphs (fraction of the font size) may separate two columns: wider than
     * a word space, narrower than two cell margins.
     */
    private static final double COLUMN_GAP = 0.8;
    /** A table needs lines with at least this many separate chunks: two could be a label and its value. */
    private static final int MIN_COLUMNS = 3;
    /** A line less than this far below the one before (fraction of the font size) is the next line of the same text block. */
    private static final double NEXT_LINE = 1.5;
    /** Points a piece may lie beyond its row's anchor and still count between two anchors (centres rounded apart). */
    private static final double ANCHOR_SLACK = 0.5;

    private TextAlignmentTable() {
    }

    /** The page's table (or null), the lines before and after it, and the columns its header gave, if it was read by them. */
    record Result(Table table, List<TextLine> before, List<TextLine> after, HeaderAlignedTable.Columns columns) {
        Result(Table table, List<TextLine> before, List<TextLine> after) {
            this(table, before, after, null);
        }
    }

    static Result read(String file, int page, List<Glyph> glyphs) {
        return read(file, page, glyphs, null);
    }

    /**
     * The page's table, where {@code label} tells a header's field label (a header's top line is not a row's
     * end); without it (null), rows are cut at their columns' widest gaps whatever the cells' alignment.
     */
    static Result read(String file, int page, List<Glyph> glyphs, Predicate<String> label) {
        List<TextLines.Line> lines = TextLines.lines(glyphs);
        List<List<List<Glyph>>> chunked = new ArrayList<>();
        for (TextLines.Line l : lines) chunked.add(chunks(l.glyphs(), COLUMN_GAP));
        int first = -1, last = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (first < 0 && chunked.get(i).size() >= MIN_COLUMNS) first = i;
            if (first >= 0 && chunked.get(i).size() >= 2) last = i;
        }
        List<TextLine> before = new ArrayList<>(), after = new ArrayList<>();
        if (first < 0) return new Result(null, before, after);
        List<Double> separators = separators(chunked, first, last);
        if (separators.size() + 1 < MIN_COLUMNS) return new Result(null, before, after);
        last = lastRunOnLine(lines, chunked, last, separators);
        first = headerTopLine(lines, chunked, first);
        for (int i = 0; i < first; i++) before.add(new TextLine(lines.get(i).text(), new Provenance(file, page, 0, null)));
        for (int i = last + 1; i < lines.size(); i++) after.add(new TextLine(lines.get(i).text(), new Provenance(file, page, 0, null)));
        List<List<StringBuilder>> rows = rows(pieces(chunked, first, last, separators), separators.size() + 1, label);
        List<Cell> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            String group = r == 0 ? null : GroupLabelRow.label(rows.get(r));
            if (group != null) {
                // one cell across the table: the mapping reads it as the heading of the rows below
                out.add(new Cell(r, 0, 1, rows.get(r).size(), group, Provenance.ofCell(file, page, "row " + (r + 1) + " col 1")));
                continue;
            }
            for (int c = 0; c < rows.get(r).size(); c++) {
                out.add(new Cell(r, c, rows.get(r).get(c).toString(), Provenance.ofCell(file, page, "row " + (r + 1) + " col " + (c + 1))));
            }
        }
        return new Result(new Table(out), before, after);
    }

    /** Column separators: the middles of the vertical strips of white space that no line of the table crosses. */
    private static List<Double> separators(List<List<List<Glyph>>> chunked, int first, int last) {
        List<double[]> covered = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            for (List<Glyph> c : chunked.get(i)) covered.add(extent(c));
        }
        covered.sort((a, b) -> Double.compare(a[0], b[0]));
        List<Double> separators = new ArrayList<>();
        double reach = covered.get(0)[1];
        for (double[] c : covered) {
            if (c[0] > reach) separators.add((reach + c[0]) / 2);
            reach = Math.max(reach, c[1]);
        }
        return separators;
    }

    /** The last row's cells may run on in one column below the last line with several columns. */
    private static int lastRunOnLine(List<TextLines.Line> lines, List<List<List<Glyph>>> chunked, int last, List<Double> separators) {
        while (last + 1 < lines.size() && insideColumns(chunked.get(last + 1), separators)
                && lines.get(last + 1).top() - lines.get(last).bottom() < NEXT_LINE * lines.get(last).glyphs().get(0).size()) {
            last++;
        }
        return last;
    }

    /** A header's top line (公开事项 over two columns) has fewer pieces, centred over column spans. */
    private static int headerTopLine(List<TextLines.Line> lines, List<List<List<Glyph>>> chunked, int first) {
        while (first > 0 && chunked.get(first - 1).size() >= 2
                && lines.get(first).top() - lines.get(first - 1).bottom() < NEXT_LINE * lines.get(first).glyphs().get(0).size()) {
            first--;
        }
        return first;
    }

    /** The chunks of text of lines first..last, each in the column its middle falls in. */
    private static List<Piece> pieces(List<List<List<Glyph>>> chunked, int first, int last, List<Double> separators) {
        List<Piece> pieces = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            for (List<Glyph> chunk : chunked.get(i)) {
                int col = 0;
                double[] e = extent(chunk);
                while (col < separators.size() && (e[0] + e[1]) / 2 > separators.get(col)) col++;
                double y = chunk.stream().mapToDouble(Glyph::centreY).average().orElseThrow();
                pieces.add(new Piece(col, y, TextLines.spell(chunk)));
            }
        }
        return pieces;
    }

    /**
     * The cells' texts, row by row. Each line of the first column starts a row (its 序号, or the first cell);
     * between two such anchors, a column's text is cut where its lines leave the widest gap, which holds for
     * cells aligned to the top as for cells centred in their row — unless, with a {@code label} test for header
     * labels, the cells are seen to be aligned to the top ({@link CellAlignment}): then a row runs down to the
     * next anchor.
     */
    private static List<List<StringBuilder>> rows(List<Piece> pieces, int columns, Predicate<String> label) {
        List<Double> anchors = pieces.stream().filter(p -> p.col == 0).map(p -> p.y).sorted().toList();
        if (label == null) return rows(pieces, columns, anchors, CellAlignment.MIDDLE, false);
        // a first anchor on a line of header labels is the header's, whose labels sit anywhere in their rows
        boolean header = pieces.stream().anyMatch(p -> Math.abs(p.y - anchors.get(0)) <= CellAlignment.SLACK && label.test(p.text.strip()));
        if (!CellAlignment.top(pieces, anchors, header ? 1 : 0)) return rows(pieces, columns, anchors, CellAlignment.MIDDLE, false);
        // cells aligned to the top: text above the first anchor is the end of a row the page break cut (a
        // row of its own, its first cell blank), unless it is the top line of the header (公开事项 over two)
        List<Piece> orphans = pieces.stream().filter(p -> p.y < anchors.get(0) - CellAlignment.SLACK).toList();
        if (!orphans.isEmpty() && orphans.stream().noneMatch(p -> label.test(p.text.strip()))) {
            List<Double> withOrphans = new ArrayList<>();
            withOrphans.add(orphans.stream().mapToDouble(Piece::y).min().orElseThrow());
            withOrphans.addAll(anchors);
            return rows(pieces, columns, withOrphans, CellAlignment.TOP, false);
        }
        return rows(pieces, columns, anchors, CellAlignment.TOP, false);
    }

    /**
     * The cells' texts, a row at each anchor (the heights of the rows' anchor lines): cells aligned to the
     * bottom (as a spreadsheet prints them) end just below their anchor, cells aligned to the top just above the
     * next anchor, centred cells where their column leaves its widest gap between two anchors, or, with
     * {@code centredAnchors} (single-line 序号 numbers centred in their rows), where each cell's lines centre
     * on its anchor.
     */
    static List<List<StringBuilder>> rows(List<Piece> pieces, int columns, List<Double> anchors, CellAlignment alignment, boolean centredAnchors) {
        List<List<StringBuilder>> rows = new ArrayList<>();
        for (int r = 0; r < anchors.size(); r++) {
            List<StringBuilder> cells = new ArrayList<>();
            for (int c = 0; c < columns; c++) cells.add(new StringBuilder());
            rows.add(cells);
        }
        for (int c = 0; c < columns; c++) {
            final int col = c;
            List<Piece> inColumn = pieces.stream().filter(p -> p.col == col).sorted((a, b) -> Double.compare(a.y, b.y)).toList();
            double[] cuts = new double[anchors.size() - 1];
            for (int k = 0; k + 1 < anchors.size(); k++) {
                cuts[k] = switch (alignment) {
                    case BOTTOM -> anchors.get(k) + ANCHOR_SLACK;
                    case TOP -> anchors.get(k + 1) - CellAlignment.SLACK;
                    case MIDDLE -> centredAnchors ? balancedCut(inColumn, anchors, k, k == 0 ? -Double.MAX_VALUE : cuts[k - 1])
                            : cut(inColumn, anchors.get(k), anchors.get(k + 1));
                };
            }
            for (Piece p : inColumn) {
                int row = 0;
                while (row < cuts.length && p.y > cuts[row]) row++;
                StringBuilder cell = rows.get(row).get(col);
                if (!cell.isEmpty()) cell.append('\n');
                cell.append(p.text);
            }
        }
        return rows;
    }

    /**
     * The table of the next page appended to the one before (same columns). Its leading rows whose first
     * cell repeats the first table's (a repeated header) are left out; text such a row holds beyond the
     * header's own text is the end of the previous page's last row, cut by the page break, and joins it; so does
     * a first row with a blank first cell (text above the page's first anchor).
     */
    static Table append(Table table, Table next) {
        Cell[][] g = table.grid(), n = next.grid();
        int repeated = 0;
        while (repeated < n.length && repeated < g.length && repeated < table.rowCount() - 1
                && n[repeated][0] != null && g[repeated][0] != null && !g[repeated][0].isBlank()
                && squash(n[repeated][0].text()).equals(squash(g[repeated][0].text()))) {
            repeated++;
        }
        // a first row with no anchor in the first column is the end of the previous page's last row
        if (repeated == 0 && n.length > 1 && (n[0][0] == null || n[0][0].isBlank())) repeated = 1;
        List<Cell> cells = new ArrayList<>(table.cells());
        int last = table.rowCount() - 1;
        for (Cell c : next.cells()) {
            if (c.row() >= repeated) continue;
            Cell header = g[c.row()][c.col()];
            String rest = c.text();
            if (header != null && rest.startsWith(header.text())) rest = rest.substring(header.text().length());
            rest = rest.strip();
            if (rest.isEmpty()) continue;
            Cell above = g[last][c.col()];
            if (above == null) continue;
            cells.remove(above);
            String joined = above.isBlank() ? rest : above.text() + "\n" + rest;
            cells.add(new Cell(above.row(), above.col(), above.rowSpan(), above.colSpan(), joined, above.source()));
        }
        int offset = table.rowCount() - repeated;
        for (Cell c : next.cells()) {
            if (c.row() < repeated) continue;
            cells.add(new Cell(c.row() + offset, c.col(), c.rowSpan(), c.colSpan(), c.text(), c.source()));
        }
        return new Table(cells);
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", "");
    }

    /** Whether no chunk of a line crosses a column separator. */
    private static boolean insideColumns(List<List<Glyph>> chunks, List<Double> separators) {
        for (List<Glyph> chunk : chunks) {
            double[] e = extent(chunk);
            for (double x : separators) if (e[0] < x && e[1] > x) return false;
        }
        return true;
    }

    /** The left and right edge of a chunk's visible glyphs. */
    static double[] extent(List<Glyph> chunk) {
        double left = Double.MAX_VALUE, right = -Double.MAX_VALUE;
        for (Glyph g : chunk) {
            if (g.isSpace()) continue;
            left = Math.min(left, g.x0());
            right = Math.max(right, g.x1());
        }
        return new double[]{left, right};
    }

    /** A chunk of text in a column, at the height of its line. */
    record Piece(int col, double y, String text) {
    }

    /**
     * Where a column's text passes from row k to row k+1 when cells are centred on their anchors: the lines after
     * the previous cut down to the anchor are row k's; of the lines below it, row k takes as many as put the
     * middle of its lines nearest its anchor (rows packed so tight that the gap between them is narrower than
     * the line spacing are parted right).
     */
    private static double balancedCut(List<Piece> column, List<Double> anchors, int k, double previous) {
        double a = anchors.get(k), b = anchors.get(k + 1);
        List<Double> forced = new ArrayList<>(), below = new ArrayList<>();
        for (Piece p : column) {
            if (p.y <= previous) continue;
            if (p.y <= a + CellAlignment.SLACK) forced.add(p.y);
            else if (p.y < b - CellAlignment.SLACK) below.add(p.y);
        }
        if (forced.isEmpty()) return a + CellAlignment.SLACK;
        double sum = 0;
        for (double y : forced) sum += y;
        int count = forced.size(), take = 0;
        double best = Math.abs(sum / count - a);
        for (int j = 0; j < below.size(); j++) {
            sum += below.get(j);
            double off = Math.abs(sum / (count + j + 1) - a);
            if (off < best) {
                best = off;
                take = j + 1;
            }
        }
        return take == 0 ? a + CellAlignment.SLACK : take == below.size() ? b - CellAlignment.SLACK : (below.get(take - 1) + below.get(take)) / 2;
    }

    /** Where a column's text passes from the row at anchor a to the row at anchor b: its widest gap between them. */
    private static double cut(List<Piece> column, double a, double b) {
        List<Double> ys = new ArrayList<>();
        for (Piece p : column) if (p.y >= a - ANCHOR_SLACK && p.y <= b + ANCHOR_SLACK) ys.add(p.y);
        if (ys.size() < 2) return (a + b) / 2;
        double best = -1, at = (a + b) / 2;
        for (int i = 0; i + 1 < ys.size(); i++) {
            double gap = ys.get(i + 1) - ys.get(i);
            if (gap > best) {
                best = gap;
                at = (ys.get(i) + ys.get(i + 1)) / 2;
            }
        }
        return at;
    }

    /**
     * The glyphs of a line cut where the gap between visible glyphs is wider than {@code gap} times the font size;
     * a space glyph stays with the chunk before it.
     */
    static List<List<Glyph>> chunks(List<Glyph> line, double gap) {
        List<List<Glyph>> out = new ArrayList<>();
        Glyph prev = null;
        for (Glyph g : line) {
            if (g.isSpace()) {
                if (!out.isEmpty()) out.get(out.size() - 1).add(g); // kept for spell(), not for the gaps
                continue;
            }
            if (prev == null || g.x0() - prev.x1() > gap * Math.max(g.size(), prev.size())) out.add(new ArrayList<>());
            out.get(out.size() - 1).add(g);
            prev = g;
        }
        return out;
    }
}
