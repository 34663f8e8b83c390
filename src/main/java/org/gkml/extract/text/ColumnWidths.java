package org.gkml.extract.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The width of each column of a PDF-flow table, in full-width characters: what the wrapping of its cells
 * shows. A first guess comes from header labels wrapped over several lines; then each placement of the
 * rows is measured to place them again.
 */
final class ColumnWidths {

    /** A label in fewer fragments than this was not wrapped, and says nothing of its column's width. */
    private static final int WRAPPED_LABEL_PIECES = 2;
    /** Widths are multiples of ½ (Fragment.width): widths closer than this are the same width. */
    private static final double SAME_WIDTH = 0.3;

    private ColumnWidths() {
    }

    /** Widths told by the header: a label wrapped over several lines shows its column's width. */
    static Map<String, Double> fromHeader(List<FlowHeader.Label> labels, List<Fragment> fragments) {
        Map<String, Double> out = new HashMap<>();
        for (FlowHeader.Label l : labels) {
            if (l.to() - l.from() < WRAPPED_LABEL_PIECES) continue;
            // "公开内容" / "（要素）": a break before a bracket is the writer's, not the column's.
            boolean manualBreak = false;
            for (int i = l.from() + 1; i < l.to(); i++) manualBreak |= fragments.get(i).text().matches("^[（(].*");
            if (manualBreak || brokenBetweenWords(l, fragments)) continue;
            double w = 0;
            for (int i = l.from(); i < l.to(); i++) w = Math.max(w, fragments.get(i).width());
            out.put(l.text(), w);
        }
        return out;
    }

    /**
     * A label whose every line break falls between two whole words (一级 ⏎ 事项, 公开 ⏎ 时限) may have been broken
     * by hand, or set in a larger font than the rows: its lines need not be as wide as the column. Only a break
     * inside a word (公开依 ⏎ 据) was the column's wrap.
     */
    static boolean brokenBetweenWords(FlowHeader.Label l, List<Fragment> fragments) {
        for (int i = l.from() + 1; i < l.to(); i++) {
            if (CellBreaks.wordSpansBreak(fragments.get(i - 1).text(), fragments.get(i).text())) return false;
        }
        return true;
    }

    /**
     * A column's width is the commonest width of its lines that are followed by more of the same cell on their
     * own line (the widest on a tie): a wrapped cell's full lines all share the width, while pieces placed in
     * the wrong column are fewer. A column no wrapped line measured keeps its width, unless no piece of any row
     * went there: a width from the header (一级 ⏎ 事项, broken by hand or set in a larger font than the rows) can
     * be narrower than every cell of its column and so keep them all out; it is not known rather than kept.
     */
    static double[] learn(CellBreaks breaks, List<FlowTextReader.PlacedRow> rows, int cols, double[] previous) {
        List<List<Double>> seen = new ArrayList<>();
        for (int c = 0; c < cols; c++) seen.add(new ArrayList<>());
        boolean[] used = new boolean[cols];
        for (FlowTextReader.PlacedRow row : rows) {
            List<Fragment> p = row.pieces();
            int[] col = row.placement().column();
            for (int c : col) used[c] = true;
            FlowRowSolver.Move[] move = row.placement().move();
            for (int i = 0; i + 1 < p.size(); i++) {
                boolean continued = move[i + 1] == FlowRowSolver.Move.CONTINUE;
                if (!continued || !p.get(i).firstOnLine() || !p.get(i + 1).firstOnLine()) continue;
                if (breaks.startsManualLine(p.get(i + 1).text())) continue; // a list item, not a wrap
                if (breaks.isListedName(p.get(i).text())) continue;         // a channel typed on its own line
                seen.get(col[i]).add(p.get(i).width());
            }
        }
        double[] w = new double[cols];
        for (int c = 0; c < cols; c++) {
            List<Double> ws = seen.get(c);
            double best = Double.NaN;
            long bestCount = 0;
            for (double x : ws) {
                long count = ws.stream().filter(y -> Math.abs(y - x) < SAME_WIDTH).count();
                if (count > bestCount || (count == bestCount && x > best)) {
                    best = x;
                    bestCount = count;
                }
            }
            w[c] = !Double.isNaN(best) ? best : used[c] ? previous[c] : Double.NaN;
        }
        return w;
    }

}
