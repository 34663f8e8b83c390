package org.gkml.extract.pdf;

import org.gkml.table.Cell;
import org.gkml.table.Provenance;
import org.gkml.table.Table;
import org.gkml.table.TextLine;

import java.util.ArrayList;
import java.util.List;

/**
 * The fallback for a page that draws no table lines: columns are the vertical strips of white space
 * that all multi-column lines leave free; a line with text in the first column starts a row, a line
 * without it continues the row above (a wrapped cell). Lower confidence than a ruled table.
 */
final class TextAlignmentTable {

    /** A gap wider than this between glyphs (fraction of the font size) separates two columns. */
    private static final double COLUMN_GAP = 1.5;
    /** A table needs lines with at least this many separate chunks. */
    private static final int MIN_COLUMNS = 3;

    private TextAlignmentTable() {
    }

    /** The page's table (or null) and the lines before and after it. */
    record Result(Table table, List<TextLine> before, List<TextLine> after) {
    }

    static Result read(String file, int page, List<Glyph> glyphs) {
        List<TextLines.Line> lines = TextLines.lines(glyphs);
        List<List<List<Glyph>>> chunked = new ArrayList<>();
        for (TextLines.Line l : lines) chunked.add(chunks(l.glyphs()));
        int first = -1, last = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (first < 0 && chunked.get(i).size() >= MIN_COLUMNS) first = i;
            if (first >= 0 && chunked.get(i).size() >= 2) last = i;
        }
        List<TextLine> before = new ArrayList<>(), after = new ArrayList<>();
        if (first < 0) return new Result(null, before, after);
        for (int i = 0; i < first; i++) before.add(new TextLine(lines.get(i).text(), new Provenance(file, page, 0, null)));
        for (int i = last + 1; i < lines.size(); i++) after.add(new TextLine(lines.get(i).text(), new Provenance(file, page, 0, null)));

        // column separators: x ranges no chunk of a multi-chunk line covers
        List<double[]> covered = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            if (chunked.get(i).size() < 2) continue;
            for (List<Glyph> c : chunked.get(i)) covered.add(new double[]{c.get(0).x0(), c.get(c.size() - 1).x1()});
        }
        covered.sort((a, b) -> Double.compare(a[0], b[0]));
        List<Double> separators = new ArrayList<>();
        double reach = covered.get(0)[1];
        for (double[] c : covered) {
            if (c[0] > reach) separators.add((reach + c[0]) / 2);
            reach = Math.max(reach, c[1]);
        }

        List<List<StringBuilder>> rows = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            List<StringBuilder> cells = new ArrayList<>();
            for (int c = 0; c <= separators.size(); c++) cells.add(new StringBuilder());
            for (List<Glyph> chunk : chunked.get(i)) {
                int col = 0;
                while (col < separators.size() && chunk.get(0).centreX() > separators.get(col)) col++;
                StringBuilder s = cells.get(col);
                if (!s.isEmpty()) s.append(' ');
                s.append(TextLines.spell(chunk));
            }
            if (rows.isEmpty() || !cells.get(0).isEmpty()) {
                rows.add(cells);
            } else {
                List<StringBuilder> row = rows.get(rows.size() - 1);
                for (int c = 0; c < cells.size(); c++) {
                    if (cells.get(c).isEmpty()) continue;
                    if (!row.get(c).isEmpty()) row.get(c).append('\n');
                    row.get(c).append(cells.get(c));
                }
            }
        }
        List<Cell> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                out.add(new Cell(r, c, rows.get(r).get(c).toString(), Provenance.ofCell(file, page, "row " + (r + 1) + " col " + (c + 1))));
            }
        }
        return new Result(new Table(out), before, after);
    }

    /** The glyphs of a line cut where the gap is wide enough to separate columns. */
    private static List<List<Glyph>> chunks(List<Glyph> line) {
        List<List<Glyph>> out = new ArrayList<>();
        Glyph prev = null;
        for (Glyph g : line) {
            if (g.isSpace()) continue;
            if (prev == null || g.x0() - prev.x1() > COLUMN_GAP * Math.max(g.size(), prev.size())) out.add(new ArrayList<>());
            out.get(out.size() - 1).add(g);
            prev = g;
        }
        return out;
    }
}
