package org.gkml.extract.text;

import org.gkml.extract.ReadCancellation;
import org.gkml.catalog.Simplified;
import org.gkml.catalog.Field;

import java.util.Arrays;
import java.util.List;

/**
 * Places the pieces of one numbered row of PDF-flow text into columns. Pieces come in reading order, cell
 * after cell, and a row may hold several sub-rows (items sharing merged cells), so every piece either
 * continues the cell before it, starts a cell further right, or starts a new sub-row further left. The best
 * placement of the whole row is found at once (Viterbi over piece × column), scored by {@link CellBreaks}
 * between pieces and by how well each piece fits its column ({@link CellSignals}, learned widths). Break
 * evidence only ever costs: going against it is charged, going with it is free, so a placement cannot earn
 * points by putting a piece where it happens to look like a cell's end.
 */
final class FlowRowSolver {

    enum Move { CONTINUE, NEW_CELL, NEW_SUB_ROW }

    /** Where each piece went. */
    record Placement(int[] column, Move[] move) {
    }

    private static final double SKIP = 0.4;
    /**
     * A row without its own 二级事项 or 公开内容 is rare (they are what a row is), while a merged 一级事项 or an
     * empty 备注 is common.
     */
    private static final double SKIP_CORE = 2;
    /** A new sub-row inside a numbered row is the exception; without 序号 anchors every row starts that way. */
    private static final double NEW_SUB_ROW = 3;
    private static final double NEW_ROW_UNANCHORED = 1;
    private static final double IMPOSSIBLE = -30;

    private final TextVocabulary vocabulary;
    private final List<FlowHeader.Column> columns;
    private final double[] widths;
    private final int wrapStart;
    private final double newSubRowCost;

    /**
     * @param widths    learned column widths (NaN where not known)
     * @param wrapStart the leftmost column a sub-row may start in (the item column; 0 where no 序号 anchors rows)
     */
    FlowRowSolver(TextVocabulary vocabulary, List<FlowHeader.Column> columns, double[] widths, int wrapStart) {
        this.vocabulary = vocabulary;
        this.columns = columns;
        this.widths = widths;
        this.wrapStart = wrapStart;
        this.newSubRowCost = wrapStart == 0 ? NEW_ROW_UNANCHORED : NEW_SUB_ROW;
    }

    /** @param anchor the column of the row's 序号 piece (already placed), or -1 */
    Placement solve(List<Fragment> pieces, int anchor) {
        int n = pieces.size();
        int cols = columns.size();
        double[][] score = new double[n][cols];
        int[][] back = new int[n][cols];
        Move[][] move = new Move[n][cols];
        int[][] cellStart = new int[n][cols];
        for (double[] row : score) Arrays.fill(row, Double.NEGATIVE_INFINITY);
        // What does not depend on the path is worked out once: fit of each piece to each column, and HanLP's
        // reading of each line break.
        double[][] fitNew = new double[n][cols];
        double[][] fitContinuing = new double[n][cols];
        boolean[] spans = new boolean[n];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < cols; c++) {
                fitNew[i][c] = emit(pieces.get(i), c, false);
                fitContinuing[i][c] = emit(pieces.get(i), c, true);
            }
            if (i > 0) spans[i] = CellBreaks.wordSpansBreak(pieces.get(i - 1).text(), pieces.get(i).text());
        }
        for (int c = anchor + 1; c < cols; c++) {
            score[0][c] = fitNew[0][c] - skipped(anchor + 1, c);
            move[0][c] = Move.NEW_CELL;
            back[0][c] = -1;
        }
        for (int i = 1; i < n; i++) {
            ReadCancellation.check();
            Fragment prev = pieces.get(i - 1);
            Fragment next = pieces.get(i);
            for (int a = 0; a < cols; a++) {
                if (score[i - 1][a] == Double.NEGATIVE_INFINITY) continue;
                String cell = text(pieces, cellStart[i - 1][a], i - 1);
                double b = vocabulary.breaks().evidence(prev, next, cell, widths[a], spans[i]) + namesItsOptions(cell, columns.get(a))
                        + namesAUnit(cell, next, columns.get(a));
                double closing = columns.get(a).isTick() ? 0 : vocabulary.signals().missingSignalCost(cell, columns.get(a).field());
                for (int c = 0; c < cols; c++) {
                    double s;
                    Move m;
                    if (c == a) {
                        if (columns.get(a).isTick()) continue;
                        s = Math.min(0, -b) + fitContinuing[i][c];
                        m = Move.CONTINUE;
                    } else if (c > a) {
                        s = Math.min(0, b) - closing + fitNew[i][c] - skipped(a + 1, c);
                        m = Move.NEW_CELL;
                    } else if (c >= wrapStart) {
                        s = Math.min(0, b) - closing - newSubRowCost + fitNew[i][c] - wrapSkipped(c);
                        m = Move.NEW_SUB_ROW;
                    } else {
                        continue;
                    }
                    double total = score[i - 1][a] + s;
                    if (total > score[i][c]) {
                        score[i][c] = total;
                        back[i][c] = a;
                        move[i][c] = m;
                        cellStart[i][c] = m == Move.CONTINUE ? cellStart[i - 1][a] : i;
                    }
                }
            }
        }
        for (int c = 0; c < cols; c++) {
            if (score[n - 1][c] == Double.NEGATIVE_INFINITY || columns.get(c).isTick()) continue;
            score[n - 1][c] -= vocabulary.signals().missingSignalCost(text(pieces, cellStart[n - 1][c], n - 1), columns.get(c).field());
        }
        int best = 0;
        for (int c = 1; c < cols; c++) if (score[n - 1][c] > score[n - 1][best]) best = c;
        int[] column = new int[n];
        Move[] moves = new Move[n];
        for (int i = n - 1, c = best; i >= 0; c = back[i][c], i--) {
            column[i] = c;
            moves[i] = move[i][c];
        }
        return new Placement(column, moves);
    }

    /**
     * The columns a new sub-row leaves empty before its first cell. Inside a numbered row a sub-row without
     * an item of its own is usual (more content under a merged item); without 序号 anchors it is a new row,
     * and a row without item or content is rare.
     */
    private double wrapSkipped(int c) {
        return wrapStart == 0 ? skipped(0, c) : SKIP * (c - wrapStart);
    }

    /** The cost of leaving columns [from, to) of a row empty. */
    private double skipped(int from, int to) {
        double cost = 0;
        for (int c = Math.max(0, from); c < to; c++) cost += isCore(columns.get(c)) ? SKIP_CORE : SKIP;
        return cost;
    }

    /**
     * A text cell of an option column (公开方式, 所属“五公开”类型 …) that already names its options and nothing
     * else ("执行公开") is complete: what follows on the next line belongs to the next column.
     */
    private double namesItsOptions(String cell, FlowHeader.Column col) {
        if (col.isTick() || col.field() == null || vocabulary.options().fieldOf(col.label()).isPresent()) return 0;
        List<String> values = vocabulary.options().valuesIn(col.field(), cell);
        if (values.isEmpty()) return 0;
        String rest = Simplified.fold(cell);   // the values are simplified; so must the cell be to take them out
        for (String v : values) rest = rest.replace(v, "");
        return rest.replaceAll("[公开、，,\\s]", "").isEmpty() ? 2 : 0;
    }

    /** A 公开主体 / 责任部门 cell ending in a unit's name (…就业促进股) has named it whole; the next line is another cell. */
    private double namesAUnit(String cell, Fragment next, FlowHeader.Column col) {
        boolean unitColumn = !col.isTick() && (col.field() == Field.RESPONSIBLE || col.field() == Field.SUBJECT);
        return unitColumn && next.firstOnLine() && vocabulary.breaks().endsWithUnitName(cell) && !CellBreaks.startsWithBracket(next.text()) ? 1.5 : 0;
    }

    private static boolean isCore(FlowHeader.Column c) {
        return !c.isTick() && (c.field() == Field.ITEM || c.field() == Field.CONTENT);
    }

    /** The text of the cell from piece {@code from} to {@code to} (all in one column on the best path). */
    private static String text(List<Fragment> pieces, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k <= to; k++) b.append(pieces.get(k).text());
        return b.toString();
    }

    /**
     * How well a piece fits a column: its signals for the column, less what it signals for another. A piece
     * that goes on a cell counts its own signals half (the cell's start already said what the cell is) but
     * pays in full for looking like another column.
     */
    private double emit(Fragment f, int c, boolean continuing) {
        FlowHeader.Column col = columns.get(c);
        boolean tick = isTick(f.text()) || isNoTick(f.text());
        if (col.isTick()) return tick ? 3 : IMPOSSIBLE;
        if (tick || col.field() == Field.SEQ) return IMPOSSIBLE;
        double s = 0;
        double w = widths[c];
        // A line wider than its column cannot be; by one character it may be punctuation set wider than counted.
        double excess = Double.isNaN(w) ? 0 : f.width() - w;
        if (excess > 1.1) s -= 6 + 2 * excess;
        else if (excess > 0.6) s -= 1.5;
        double own = col.field() == null ? 0 : vocabulary.signals().affinity(f.text(), col.field());
        s += (continuing ? 0.5 : 1) * own - Math.max(0, vocabulary.signals().strongest(f.text()) - own);
        if (col.field() == null || col.field() == Field.REMARKS) s -= continuing ? 0.5 : 1;
        return s;
    }

    static boolean isTick(String s) {
        return s.matches("[√✓✔☑]");
    }

    /** What some catalogs print in a tick column that is not ticked: a slash or a dash. */
    static boolean isNoTick(String s) {
        return s.matches("[/／—–-]|无|×");
    }
}
