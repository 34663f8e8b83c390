package org.gkml.extract.pdf;

import org.gkml.catalog.Field;
import org.gkml.table.Cell;
import org.gkml.table.Provenance;
import org.gkml.table.Table;
import org.gkml.table.TextLine;
import org.gkml.vocabulary.HeaderLexicon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The second fallback for a page that draws no table lines, for sheets whose wrapped, vertically centred
 * cells leave no white-space strip between columns (an Excel catalog printed without borders): the columns
 * are taken from the header, whose labels the header vocabulary knows, cut halfway between neighbouring
 * labels; every glyph below goes to the column its centre falls in; a number in the 序号 column starts a row.
 */
final class HeaderAlignedTable {

    /** A header line needs at least this many known labels. */
    private static final int MIN_LABELS = 3;
    /** A gap wider than this between glyphs (fraction of the font size) separates two labels of a header line. */
    private static final double LABEL_GAP = 0.3;
    /** A line less than this far below the one before (fraction of the font size) belongs to the same header. */
    private static final double NEXT_LINE = 1.5;
    /** Points of white space that part two columns at least. */
    private static final double MIN_GAP = 0.2;
    /** Points a line may lie below the last row's 序号 line and still be on it. */
    private static final double BOTTOM_SLACK = 1.0;
    private static final Pattern NUMBER = Pattern.compile("\\d{1,5}");

    private HeaderAlignedTable() {
    }

    /**
     * The page's table, or null when no header line of known labels is found, or the table has neither a 序号
     * column nor an item column (without 序号, rows are the blocks of lines blank space parts: {@link RowBands}).
     */
    static TextAlignmentTable.Result read(String file, int page, List<Glyph> glyphs, HeaderLexicon lexicon) {
        List<TextLines.Line> lines = TextLines.lines(glyphs);
        List<List<List<Glyph>>> chunked = new ArrayList<>();
        // header labels part at a narrower gap than columns do; space glyphs are left out of them
        for (TextLines.Line l : lines) chunked.add(TextAlignmentTable.chunks(visible(l.glyphs()), LABEL_GAP));
        int best = -1, bestLabels = 0;
        for (int i = 0; i < lines.size(); i++) {
            int labels = labels(chunked.get(i), lexicon);
            if (labels > bestLabels) {
                best = i;
                bestLabels = labels;
            }
        }
        if (bestLabels < MIN_LABELS) return null;
        int first = best, last = best;
        while (first > 0 && close(lines, first - 1, first) && labels(chunked.get(first - 1), lexicon) > 0) first--;
        while (last + 1 < lines.size() && close(lines, last, last + 1) && labels(chunked.get(last + 1), lexicon) > 0
                && chunked.get(last + 1).stream().noneMatch(c -> NUMBER.matcher(TextLines.spell(c).strip()).matches())) {
            last++;
        }
        // the second lines of wrapped labels (政府网 over 站): every piece under a header piece that is no label
        while (last + 1 < lines.size() && close(lines, last, last + 1) && endsWrappedLabels(chunked, first, last, chunked.get(last + 1), lexicon)) {
            last++;
        }
        // every label of the header is a column, but a label over two or more others is a group (公开事项)
        Set<List<Glyph>> groups = Collections.newSetFromMap(new IdentityHashMap<>());
        List<double[]> columns = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            for (List<Glyph> c : chunked.get(i)) {
                if (i < last && isGroup(c, chunked.subList(i + 1, last + 1), lexicon)) groups.add(c);
                else columns.add(TextAlignmentTable.extent(c));
            }
        }
        columns.sort((a, b) -> Double.compare(a[0], b[0]));
        List<double[]> merged = new ArrayList<>();
        for (double[] e : columns) {
            double[] prev = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (prev != null && e[0] < prev[1]) prev[1] = Math.max(prev[1], e[1]);
            else merged.add(new double[]{e[0], e[1]});
        }
        if (merged.size() < MIN_LABELS) return null;
        double[] cuts = new double[merged.size() - 1];
        List<Glyph> body = new ArrayList<>();
        for (int i = last + 1; i < lines.size(); i++) for (Glyph g : lines.get(i).glyphs()) if (!g.isSpace()) body.add(g);
        for (int k = 0; k < cuts.length; k++) cuts[k] = cut(merged.get(k)[1], merged.get(k + 1)[0], body);
        int n = merged.size();

        // the header: a group label (公开渠道和载体) spans its sub-labels' columns in a row of its own, the
        // other labels span both rows; the sub-labels name the columns
        List<Cell> out = new ArrayList<>();
        int[] groupOf = new int[n];
        java.util.Arrays.fill(groupOf, -1);
        List<String> groupLabels = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            for (List<Glyph> g : chunked.get(i)) {
                if (!groups.contains(g)) continue;
                double[] e = TextAlignmentTable.extent(g);
                for (int c = 0; c < n; c++) {
                    double[] o = merged.get(c);
                    if (o[0] < e[1] && o[1] > e[0] && groupOf[c] < 0) groupOf[c] = groupLabels.size();
                }
                groupLabels.add(TextLines.spell(g).strip());
            }
        }
        int headerRows = groupLabels.isEmpty() ? 1 : 2;
        StringBuilder[] labels = new StringBuilder[n];
        for (int c = 0; c < n; c++) labels[c] = new StringBuilder();
        for (int i = first; i <= last; i++) {
            for (List<Glyph> c : chunked.get(i)) {
                if (groups.contains(c)) continue;
                double[] e = TextAlignmentTable.extent(c);
                labels[column((e[0] + e[1]) / 2, cuts)].append(TextLines.spell(c).strip());
            }
        }
        // a group reaches over neighbouring columns whose labels are no schema label (政府网站, 其他 beside 公开栏)
        for (boolean grew = true; grew; ) {
            grew = false;
            for (int c = 0; c < n; c++) {
                if (groupOf[c] >= 0 || lexicon.isKnownLabel(labels[c].toString())) continue;
                int g = c > 0 && groupOf[c - 1] >= 0 ? groupOf[c - 1] : c + 1 < n && groupOf[c + 1] >= 0 ? groupOf[c + 1] : -1;
                if (g >= 0) {
                    groupOf[c] = g;
                    grew = true;
                }
            }
        }
        int seq = -1;
        for (int c = 0; c < n; c++) {
            int col = c;
            if (lexicon.match(labels[c].toString()).filter(m -> m.field() == Field.SEQ && m.confidence() >= 1).isPresent()) seq = col;
            if (headerRows == 1) out.add(new Cell(0, c, labels[c].toString(), Provenance.ofCell(file, page, "row 1 col " + (c + 1))));
            else if (groupOf[c] < 0) out.add(new Cell(0, c, 2, 1, labels[c].toString(), Provenance.ofCell(file, page, "row 1 col " + (c + 1))));
            else out.add(new Cell(1, c, labels[c].toString(), Provenance.ofCell(file, page, "row 2 col " + (c + 1))));
        }
        for (int c = 0; c < n; c++) {
            if (groupOf[c] < 0 || c > 0 && groupOf[c - 1] == groupOf[c]) continue;
            int span = 1;
            while (c + span < n && groupOf[c + span] == groupOf[c]) span++;
            out.add(new Cell(0, c, 1, span, groupLabels.get(groupOf[c]), Provenance.ofCell(file, page, "row 1 col " + (c + 1))));
        }
        // without a 序号 column, the header must name at least one item level (一级事项 / 二级事项 / 事项名称)
        if (seq < 0 && java.util.Arrays.stream(labels).noneMatch(l -> isItemLevel(l.toString(), lexicon))) return null;
        String[] names = new String[n];
        for (int c = 0; c < n; c++) names[c] = labels[c].toString();
        List<TextLine> before = new ArrayList<>();
        for (int i = 0; i < first; i++) before.add(new TextLine(lines.get(i).text(), new Provenance(file, page, 0, null)));
        return body(file, page, lines, last + 1, new Columns(cuts, seq, names), lexicon, out, headerRows, before);
    }

    /** The columns a header found: the cuts between them, the 序号 column, the labels naming them. */
    record Columns(double[] cuts, int seq, String[] labels) {
    }

    /**
     * A page that goes on with the table of the page before without printing its header again: its rows read in
     * that table's columns, or null when no 序号 number starts a row in its 序号 column.
     */
    static TextAlignmentTable.Result continuation(String file, int page, List<Glyph> glyphs, Columns columns, HeaderLexicon lexicon) {
        List<TextLines.Line> lines = TextLines.lines(glyphs);
        int from = 0;
        // the lines above the table (a running head) hold nothing in the 序号 column and sit apart from it
        while (from < lines.size() && PageNumberLine.matches(lines.get(from).text())) from++;
        return body(file, page, lines, from, columns, lexicon, new ArrayList<>(), 0, new ArrayList<>());
    }

    /** The table's body from line {@code from}, its rows appended to {@code out} below {@code headerRows}. */
    private static TextAlignmentTable.Result body(String file, int page, List<TextLines.Line> lines, int from, Columns columns,
                                                  HeaderLexicon lexicon, List<Cell> out, int headerRows, List<TextLine> before) {
        double[] cuts = columns.cuts();
        int seq = columns.seq(), n = cuts.length + 1;
        // the body: down to a line with words in the 序号 column (a note below the table) or a page number
        int end = from;
        while (end < lines.size() && !(seq >= 0 ? noteIn(seq, lines.get(end).glyphs(), cuts) : NOTE.matcher(lines.get(end).text()).lookingAt())
                && !PageNumberLine.matches(lines.get(end).text())) {
            end++;
        }
        List<TextAlignmentTable.Piece> pieces = new ArrayList<>();
        for (int i = from; i < end; i++) {
            List<List<Glyph>> byColumn = new ArrayList<>();
            for (int c = 0; c < n; c++) byColumn.add(new ArrayList<>());
            for (Glyph g : lines.get(i).glyphs()) if (!g.isSpace()) byColumn.get(column(g.centreX(), cuts)).add(g);
            for (int c = 0; c < n; c++) {
                List<Glyph> gs = byColumn.get(c);
                if (gs.isEmpty()) continue;
                double y = gs.stream().mapToDouble(Glyph::centreY).average().orElseThrow();
                pieces.add(new TextAlignmentTable.Piece(c, y, TextLines.spell(gs).strip()));
            }
        }
        List<Double> anchors = seq >= 0
                ? pieces.stream().filter(p -> p.col() == seq && NUMBER.matcher(p.text()).matches()).map(TextAlignmentTable.Piece::y).sorted().toList()
                : RowBands.tops(lines, from, end, pieces);
        if (anchors.isEmpty()) return null;
        // cells aligned to the bottom (a spreadsheet's default) end on their row's 序号 line: no text lies
        // between an anchor and the next line below it that is not itself above a later anchor's text
        boolean bottom = pieces.stream().noneMatch(p -> p.y() > anchors.get(anchors.size() - 1) + BOTTOM_SLACK);
        CellAlignment alignment = bottom ? CellAlignment.BOTTOM : CellAlignment.top(pieces, anchors) ? CellAlignment.TOP : CellAlignment.MIDDLE;
        List<List<StringBuilder>> rows = TextAlignmentTable.rows(pieces, n, anchors, alignment, true);
        for (int c = 0; c < n; c++) {
            if (isFirstLevel(columns.labels()[c], lexicon)) spreadMergedCells(rows, c, pieces, anchors, alignment);
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < n; c++) {
                int row = r + headerRows;
                out.add(new Cell(row, c, rows.get(r).get(c).toString(), Provenance.ofCell(file, page, "row " + (row + 1) + " col " + (c + 1))));
            }
        }
        List<TextLine> after = new ArrayList<>();
        for (int i = end; i < lines.size(); i++) after.add(new TextLine(lines.get(i).text(), new Provenance(file, page, 0, null)));
        return new TextAlignmentTable.Result(new Table(out), before, after, columns);
    }

    /**
     * Where to cut between two header labels: in the gap between them, in the rightmost stretch the fewest glyphs
     * below cross (a note under the table crosses everything). Text is written from a column's left edge or
     * centred, numbers (序号) pushed to its right edge, so the last free stretch before the next label is the
     * border.
     */
    private static double cut(double from, double to, List<Glyph> body) {
        if (to <= from) return (from + to) / 2;
        java.util.TreeSet<Double> edges = new java.util.TreeSet<>(List.of(from, to));
        List<Glyph> crossing = new ArrayList<>();
        for (Glyph g : body) {
            if (g.x0() >= to || g.x1() <= from) continue;
            crossing.add(g);
            if (g.x0() > from) edges.add(g.x0());
            if (g.x1() < to) edges.add(g.x1());
        }
        List<Double> xs = new ArrayList<>(edges);
        int fewest = Integer.MAX_VALUE;
        double at = (from + to) / 2;
        for (int k = xs.size() - 2; k >= 0; k--) {
            double a = xs.get(k), b = xs.get(k + 1), middle = (a + b) / 2;
            if (b - a <= MIN_GAP) continue;
            int n = 0;
            for (Glyph g : crossing) if (g.x0() < middle && g.x1() > middle) n++;
            if (n < fewest) {
                fewest = n;
                at = middle;
            }
        }
        return at;
    }

    private static boolean close(List<TextLines.Line> lines, int upper, int lower) {
        return lines.get(lower).top() - lines.get(upper).bottom() < NEXT_LINE * lines.get(lower).glyphs().get(0).size();
    }

    private static int labels(List<List<Glyph>> chunks, HeaderLexicon lexicon) {
        int n = 0;
        for (List<Glyph> c : chunks) if (lexicon.isKnownLabel(TextLines.spell(c).strip())) n++;
        return n;
    }

    /**
     * Whether a label of a header line stands over sub-labels of a line below (公开事项 over 一级事项): it overlaps a
     * label of its own there, and the two do not join into one wrapped label (公开渠道和 over 载体), or it
     * overlaps two pieces below.
     */
    private static boolean isGroup(List<Glyph> label, List<List<List<Glyph>>> belowLines, HeaderLexicon lexicon) {
        String upper = TextLines.spell(label).strip();
        if (!lexicon.isKnownLabel(upper)) return false;
        double[] e = TextAlignmentTable.extent(label);
        int under = 0;
        for (List<List<Glyph>> below : belowLines) {
            for (List<Glyph> c : below) {
                double[] o = TextAlignmentTable.extent(c);
                String lower = TextLines.spell(c).strip();
                if (o[0] < e[1] && o[1] > e[0] && lexicon.isKnownLabel(lower) && !lexicon.isKnownLabel(upper + lower)) return true;
                if (o[0] < e[1] && o[1] > e[0]) under++;
            }
        }
        return under >= 2; // over two labels (公开渠道和载体 over 政府网站 | 公开栏 …)
    }

    /**
     * Whether a line below the header ends labels wrapped over two lines (政府网 over 站, 特定群 over 体): it holds
     * no number, and each of its pieces lies under a header piece that is no label by itself, the nearest above.
     */
    static boolean endsWrappedLabels(List<List<List<Glyph>>> chunked, int first, int last, List<List<Glyph>> line, HeaderLexicon lexicon) {
        if (line.isEmpty()) return false;
        for (List<Glyph> c : line) {
            String text = TextLines.spell(c).strip();
            if (NUMBER.matcher(text).matches() || lexicon.isKnownLabel(text)) return false;
            double[] e = TextAlignmentTable.extent(c);
            List<Glyph> above = null;
            for (int i = last; i >= first && above == null; i--) {
                for (List<Glyph> h : chunked.get(i)) {
                    double[] o = TextAlignmentTable.extent(h);
                    if (o[0] < e[1] && o[1] > e[0]) above = h;
                }
            }
            if (above == null || lexicon.isKnownLabel(TextLines.spell(above).strip())) return false;
        }
        return true;
    }

    /** A note under a table without 序号 (注：…, 备注：…, 说明：…). */
    private static final Pattern NOTE = Pattern.compile("^\\s*(注|备注|说明)\\s*[：:]");

    private static boolean isItemLevel(String label, HeaderLexicon lexicon) {
        return lexicon.match(label).filter(m -> (m.field() == Field.CATEGORY || m.field() == Field.ITEM) && m.confidence() >= 1).isPresent();
    }

    private static boolean isFirstLevel(String label, HeaderLexicon lexicon) {
        return lexicon.match(label).filter(m -> (m.field() == Field.CATEGORY || m.field() == Field.DOMAIN) && m.confidence() >= 1).isPresent();
    }

    /**
     * A first-level column whose first row is blank shows merged cells at their bottom or middle: each text is
     * given to every row its merged cell covers ({@link MergedCellSpans}).
     */
    private static void spreadMergedCells(List<List<StringBuilder>> rows, int col, List<TextAlignmentTable.Piece> pieces,
                                          List<Double> anchors, CellAlignment alignment) {
        if (rows.isEmpty() || !rows.get(0).get(col).isEmpty() || alignment == CellAlignment.TOP) return;
        double[] y = new double[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).get(col).isEmpty()) {
                y[r] = Double.NaN;
                continue;
            }
            // the text's height: its column's pieces nearest this row's anchor
            double sum = 0;
            int count = 0;
            for (TextAlignmentTable.Piece p : pieces) {
                if (p.col() != col || nearest(anchors, p.y()) != r) continue;
                sum += p.y();
                count++;
            }
            y[r] = count == 0 ? anchors.get(r) : sum / count;
        }
        int[] owner = MergedCellSpans.owners(y, anchors, alignment);
        String[] texts = new String[rows.size()];
        for (int r = 0; r < rows.size(); r++) texts[r] = rows.get(r).get(col).toString();
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder cell = rows.get(r).get(col);
            cell.setLength(0);
            if (owner[r] >= 0) cell.append(texts[owner[r]]);
        }
    }

    private static int nearest(List<Double> anchors, double y) {
        int best = 0;
        for (int k = 1; k < anchors.size(); k++) if (Math.abs(anchors.get(k) - y) < Math.abs(anchors.get(best) - y)) best = k;
        return best;
    }

    private static int column(double x, double[] cuts) {
        int c = 0;
        while (c < cuts.length && x > cuts[c]) c++;
        return c;
    }

    /** Whether a line holds more than a number in the 序号 column: a note under the table (注：…), not a row. */
    private static boolean noteIn(int seq, List<Glyph> line, double[] cuts) {
        List<Glyph> inSeq = new ArrayList<>();
        for (Glyph g : line) if (!g.isSpace() && column(g.centreX(), cuts) == seq) inSeq.add(g);
        return !inSeq.isEmpty() && !NUMBER.matcher(TextLines.spell(inSeq).strip()).matches();
    }

    private static List<Glyph> visible(List<Glyph> line) {
        List<Glyph> out = new ArrayList<>(line.size());
        for (Glyph g : line) if (!g.isSpace()) out.add(g);
        return out;
    }
}
