package org.gkml.extract.text;

import org.gkml.extract.ReadCancellation;
import org.gkml.catalog.Simplified;
import org.gkml.catalog.Field;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

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

    /** Leaving a column of a row empty: common (a merged 一级事项, an empty 备注), yet not free, or every piece would go right. */
    private static final double SKIP = 0.4;
    /**
     * A row without its own 二级事项 or 公开内容 is rare (they are what a row is), while a merged 一级事项 or an
     * empty 备注 is common.
     */
    private static final double SKIP_CORE = 2;
    /** A new sub-row inside a numbered row is the exception; without 序号 anchors every row starts that way. */
    private static final double NEW_SUB_ROW = 3;
    /** … so there a new row costs less: it is the usual move, not the exception. */
    private static final double NEW_ROW_UNANCHORED = 1;
    /** A fit no other evidence can outweigh: a tick outside a tick column, text in one, anything in 序号. */
    private static final double IMPOSSIBLE = -30;
    /** A tick (√, or a dash for none) in a tick column: the one thing such a column holds. */
    private static final double TICK_FITS = 3;
    /** A line wider than its column by one character or less: punctuation set wider than counted. */
    private static final double SLIGHTLY_TOO_WIDE = 1.5;
    /** A line wider than its column by more than a character cannot be in it: this, and more per character. */
    private static final double TOO_WIDE = 6;
    private static final double TOO_WIDE_PER_CHARACTER = 2;
    /** A piece going on a cell counts its own signals at this share: the cell's start already said what the cell is. */
    private static final double CONTINUING_SIGNAL_SHARE = 0.5;
    /** An unmapped column or 备注 takes any text: a piece there pays this (half when going on a cell), or they would take every doubtful piece. */
    private static final double CATCH_ALL_COLUMN = 1;
    /** An option column's text cell that names its options and nothing else is complete. */
    private static final double NAMES_ITS_OPTIONS = 2;
    /** A unit column's cell ending in a unit's name has named it whole. */
    private static final double NAMES_A_UNIT = 1.5;
    /** A basis cell whose last citation is closed (…》, …〔2011〕5号）) has cited it whole. */
    private static final double CITATION_CLOSED = 2.5;

    /**
     * Where a text marks paragraph ends with a blank line and does so only now and then (PDFBox, as Tika runs it,
     * writes one where a cell's text ends), a line start after a blank line begins a new cell ...
     */
    private static final double PARAGRAPH_END = 3;
    /**
     * ... and a line right under a line of one piece goes on with its cell, though less surely: PDFBox also
     * misses paragraph ends (a one-line cell run into the next cell's first line).
     */
    private static final double PARAGRAPH_GOES_ON = 1;
    /** The largest share of line starts after a blank line for blank lines to mark cell ends. */
    static final double PARAGRAPH_MARKS_MAX_SHARE = 0.5;

    private static final Pattern TICK = Pattern.compile("[√✓✔☑]");
    private static final Pattern NO_TICK = Pattern.compile("[/／—–-]|无|×");

    private final TextVocabulary vocabulary;
    private final SignalCache signals;
    private final List<FlowHeader.Column> columns;
    private final double[] widths;
    private final int wrapStart;
    private final double newSubRowCost;
    /** Per column: whether its label is itself an option (a tick sub-column's, read as text). */
    private final boolean[] optionLabel;
    private final boolean paragraphsMarkCells;
    /** Per column: whether a row without a cell there is rare ({@link #SKIP_CORE}). */
    private final boolean[] core;
    /** Per column: whether it holds the 一级事项 a numbered row prints where 序号 numbers groups ({@link SeqNumbersGroups}). */
    private final boolean[] groupLabel;

    /**
     * @param widths    learned column widths (NaN where not known)
     * @param wrapStart the leftmost column a sub-row may start in (the item column; 0 where no 序号 anchors rows)
     */
    FlowRowSolver(TextVocabulary vocabulary, List<FlowHeader.Column> columns, double[] widths, int wrapStart) {
        this(vocabulary, new SignalCache(vocabulary.signals()), columns, widths, wrapStart);
    }

    /** @param signals the document's signal readings, shared by the passes over its rows */
    FlowRowSolver(TextVocabulary vocabulary, SignalCache signals, List<FlowHeader.Column> columns, double[] widths, int wrapStart) {
        this(vocabulary, signals, columns, widths, wrapStart, false);
    }

    /** @param paragraphsMarkCells whether blank lines mark cell ends in this text ({@link #paragraphsMarkCells}) */
    FlowRowSolver(TextVocabulary vocabulary, SignalCache signals, List<FlowHeader.Column> columns, double[] widths, int wrapStart,
                  boolean paragraphsMarkCells) {
        this(vocabulary, signals, columns, widths, wrapStart, paragraphsMarkCells, false);
    }

    /**
     * @param numbersGroups whether 序号 numbers groups ({@link SeqNumbersGroups}): a numbered row then prints its
     *                      一级事项, and leaving it empty costs as much as leaving out its 二级事项
     */
    FlowRowSolver(TextVocabulary vocabulary, SignalCache signals, List<FlowHeader.Column> columns, double[] widths, int wrapStart,
                  boolean paragraphsMarkCells, boolean numbersGroups) {
        this.paragraphsMarkCells = paragraphsMarkCells;
        this.vocabulary = vocabulary;
        this.signals = signals;
        this.columns = columns;
        this.widths = widths;
        this.wrapStart = wrapStart;
        this.newSubRowCost = wrapStart == 0 ? NEW_ROW_UNANCHORED : NEW_SUB_ROW;
        this.core = new boolean[columns.size()];
        // a 二级事项 beside a 三级事项 is merged over its 三级 rows, like a 一级事项: each row has the finer level
        for (int c = 0; c < columns.size(); c++) core[c] = isCore(columns.get(c)) && !FlowHeader.hasFinerLevelRight(columns, c);
        this.groupLabel = new boolean[columns.size()];
        if (numbersGroups) {
            for (int c = 0; c < columns.size(); c++) groupLabel[c] = !columns.get(c).isTick() && columns.get(c).field() == Field.CATEGORY;
        }
        this.optionLabel = new boolean[columns.size()];
        for (int c = 0; c < columns.size(); c++) optionLabel[c] = vocabulary.options().fieldOf(columns.get(c).label()).isPresent();
    }

    /** @param anchor the column of the row's 序号 piece (already placed), or -1 */
    Placement solve(List<Fragment> pieces, int anchor) {
        return solve(new RowCosts(pieces, vocabulary.breaks()), anchor);
    }

    /** @param row the row's pieces and what earlier passes worked out about them (with these columns) */
    Placement solve(RowCosts row, int anchor) {
        List<Fragment> pieces = row.pieces();
        Lattice lattice = new Lattice(pieces.size(), columns.size());
        Fits fits = fits(pieces);
        placeFirst(lattice, fits, anchor);
        for (int i = 1; i < pieces.size(); i++) {
            ReadCancellation.check();
            placeNext(lattice, row, fits, i);
        }
        closeLastCells(lattice, pieces);
        return lattice.bestPath();
    }

    /**
     * The Viterbi table: for piece i in column c, the best score of a placement of pieces 0..i ending there,
     * the column of piece i - 1 on that placement, the move that led there, and the piece its cell starts at.
     */
    private static final class Lattice {
        final double[][] score;
        final int[][] back;
        final Move[][] move;
        final int[][] cellStart;

        Lattice(int n, int cols) {
            score = new double[n][cols];
            back = new int[n][cols];
            move = new Move[n][cols];
            cellStart = new int[n][cols];
            for (double[] row : score) Arrays.fill(row, Double.NEGATIVE_INFINITY);
        }

        boolean reached(int i, int c) {
            return score[i][c] != Double.NEGATIVE_INFINITY;
        }

        /** Piece i goes to column c from column a of piece i - 1, if that scores better than what c has. */
        void offer(int i, int a, int c, Move m, double s) {
            double total = score[i - 1][a] + s;
            if (total > score[i][c]) {
                score[i][c] = total;
                back[i][c] = a;
                move[i][c] = m;
                cellStart[i][c] = m == Move.CONTINUE ? cellStart[i - 1][a] : i;
            }
        }

        Placement bestPath() {
            int last = score.length - 1;
            int best = 0;
            for (int c = 1; c < score[last].length; c++) if (score[last][c] > score[last][best]) best = c;
            int[] column = new int[score.length];
            Move[] moves = new Move[score.length];
            for (int i = last, c = best; i >= 0; c = back[i][c], i--) {
                column[i] = c;
                moves[i] = move[i][c];
            }
            return new Placement(column, moves);
        }
    }

    /**
     * What does not depend on the path, worked out once: the fit of each piece to each column as a cell's start
     * and as its continuation.
     */
    private record Fits(double[][] fitNew, double[][] fitContinuing) {
    }

    private Fits fits(List<Fragment> pieces) {
        int n = pieces.size();
        int cols = columns.size();
        double[][] fitNew = new double[n][cols];
        double[][] fitContinuing = new double[n][cols];
        for (int i = 0; i < n; i++) {
            Fragment f = pieces.get(i);
            boolean tick = isTick(f.text()) || isNoTick(f.text());
            double width = f.width();
            for (int c = 0; c < cols; c++) {
                fitNew[i][c] = emit(f, tick, width, c, false);
                fitContinuing[i][c] = emit(f, tick, width, c, true);
            }
        }
        return new Fits(fitNew, fitContinuing);
    }

    /** The first piece starts a cell right of the 序号 anchor, the columns between left empty. */
    private void placeFirst(Lattice l, Fits fits, int anchor) {
        for (int c = anchor + 1; c < columns.size(); c++) {
            l.score[0][c] = fits.fitNew()[0][c] - skipped(anchor + 1, c) - skippedGroupLabel(anchor + 1, c);
            l.move[0][c] = Move.NEW_CELL;
            l.back[0][c] = -1;
        }
    }

    /** Piece i, from each column a piece i - 1 may be in: it goes on a's cell, starts one further right, or a new sub-row. */
    private void placeNext(Lattice l, RowCosts row, Fits fits, int i) {
        List<Fragment> pieces = row.pieces();
        Fragment prev = pieces.get(i - 1);
        Fragment next = pieces.get(i);
        int cols = columns.size();
        for (int a = 0; a < cols; a++) {
            if (!l.reached(i - 1, a)) continue;
            RowCosts.Cell cell = row.cell(l.cellStart[i - 1][a], i, a, (run, at, column) -> cellCost(run, pieces.get(at), column));
            // The weights are multiples of ½: the width-free part and the width's add up exactly as one sum did.
            double b = cell.evidence() + vocabulary.breaks().lineEvidence(row.lastLine(l.cellStart[i - 1][a], i), next, widths[a], row.spans(i),
                    row.widthSaysNothing(i) || endsAListedName(cell.text(), a)) + (row.outOfOrder(i) ? 0 : paragraphEvidence(prev, next));
            double closing = cell.closing();
            for (int c = 0; c < cols; c++) {
                if (c == a) {
                    if (columns.get(a).isTick()) continue;
                    l.offer(i, a, c, Move.CONTINUE, Math.min(0, -b) + fits.fitContinuing()[i][c]);
                } else if (c > a) {
                    l.offer(i, a, c, Move.NEW_CELL, Math.min(0, b) - closing + fits.fitNew()[i][c] - skipped(a + 1, c));
                } else if (c >= wrapStart) {
                    l.offer(i, a, c, Move.NEW_SUB_ROW, Math.min(0, b) - closing - newSubRowCost + fits.fitNew()[i][c] - wrapSkipped(c));
                }
            }
        }
    }

    /** A channel cell that has just named a channel whole: a list typed one a line, its lines not as wide as the column. */
    private boolean endsAListedName(String cell, int a) {
        FlowHeader.Column col = columns.get(a);
        return !col.isTick() && col.field() == Field.CHANNELS && vocabulary.breaks().endsListedName(cell);
    }

    private double paragraphEvidence(Fragment prev, Fragment next) {
        if (!paragraphsMarkCells || !next.firstOnLine()) return 0;
        if (next.line() > prev.line() + 1) return PARAGRAPH_END;
        // A line of several cells ("2 安置计划") is followed by the next cell's first line with no blank between.
        return prev.firstOnLine() ? -PARAGRAPH_GOES_ON : 0;
    }

    /**
     * Whether blank lines mark cell ends in a body: some line starts follow one, but fewer than
     * {@value #PARAGRAPH_MARKS_MAX_SHARE} of them.
     */
    static boolean paragraphsMarkCells(List<Fragment> body) {
        int starts = 0, afterBlank = 0;
        for (int i = 1; i < body.size(); i++) {
            if (!body.get(i).firstOnLine()) continue;
            starts++;
            if (body.get(i).line() > body.get(i - 1).line() + 1) afterBlank++;
        }
        return afterBlank > 0 && afterBlank < PARAGRAPH_MARKS_MAX_SHARE * starts;
    }

    /** A run of pieces as a cell of column {@code a}, {@code next} the piece after it: what its texts say of a break there. */
    private RowCosts.Cell cellCost(RowCosts.Run run, Fragment next, int a) {
        String cell = run.text();
        FlowHeader.Column col = columns.get(a);
        double evidence = run.evidence() + namesItsOptions(cell, a) + namesAUnit(cell, next, col) + citesWhole(cell, next, col);
        double closing = col.isTick() ? 0 : signals.missingSignalCost(cell, col.field());
        return new RowCosts.Cell(cell, evidence, closing);
    }

    /** The row's last cells close with it, and pay for what their columns expect and they do not show. */
    private void closeLastCells(Lattice l, List<Fragment> pieces) {
        int last = pieces.size() - 1;
        for (int c = 0; c < columns.size(); c++) {
            if (!l.reached(last, c) || columns.get(c).isTick()) continue;
            l.score[last][c] -= signals.missingSignalCost(text(pieces, l.cellStart[last][c], last), columns.get(c).field());
        }
    }

    /**
     * The columns a new sub-row leaves empty before its first cell. Inside a numbered row a sub-row without
     * an item of its own is usual (more content under a merged item); without 序号 anchors it is a new row,
     * and a row without item or content is rare.
     */
    private double wrapSkipped(int c) {
        return wrapStart == 0 ? skipped(0, c) : SKIP * (c - wrapStart);
    }

    /** What a numbered row pays beyond {@link #skipped} for leaving the 一级事项 it prints empty (columns [from, to)). */
    private double skippedGroupLabel(int from, int to) {
        double cost = 0;
        for (int c = Math.max(0, from); c < to; c++) if (groupLabel[c]) cost += SKIP_CORE - SKIP;
        return cost;
    }

    /** The cost of leaving columns [from, to) of a row empty. */
    private double skipped(int from, int to) {
        double cost = 0;
        for (int c = Math.max(0, from); c < to; c++) cost += core[c] ? SKIP_CORE : SKIP;
        return cost;
    }

    /**
     * A text cell of an option column (公开方式, 所属“五公开”类型 …) that already names its options and nothing
     * else ("执行公开") is complete: what follows on the next line belongs to the next column.
     */
    private double namesItsOptions(String cell, int c) {
        FlowHeader.Column col = columns.get(c);
        if (col.isTick() || col.field() == null || optionLabel[c]) return 0;
        List<String> values = vocabulary.options().valuesIn(col.field(), cell);
        if (values.isEmpty()) return 0;
        String rest = Simplified.fold(cell);   // the values are simplified; so must the cell be to take them out
        for (String v : values) rest = rest.replace(v, "");
        return rest.replaceAll("[公开、，,\\s]", "").isEmpty() ? NAMES_ITS_OPTIONS : 0;
    }

    /** A 公开主体 / 责任部门 cell ending in a unit's name (…就业促进股) has named it whole; the next line is another cell. */
    private double namesAUnit(String cell, Fragment next, FlowHeader.Column col) {
        boolean unitColumn = !col.isTick() && (col.field() == Field.RESPONSIBLE || col.field() == Field.SUBJECT);
        return unitColumn && next.firstOnLine() && vocabulary.breaks().endsWithUnitName(cell) && !CellBreaks.startsWithBracket(next.text()) ? NAMES_A_UNIT : 0;
    }

    /**
     * A 公开依据 cell that has closed its last citation (…的意见》, …〔2011〕5号）) with nothing left open: a next line
     * that starts no new citation (《, a list number) is the next cell, however full the line was.
     */
    private static double citesWhole(String cell, Fragment next, FlowHeader.Column col) {
        if (col.isTick() || col.field() != Field.BASIS || !next.firstOnLine()) return 0;
        return CitedBasis.closesCitation(cell) && !CitedBasis.startsCitation(next.text()) ? CITATION_CLOSED : 0;
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
     *
     * @param tick  whether the piece is a tick mark or a "none" mark
     * @param width the piece's width ({@link Fragment#width()})
     */
    private double emit(Fragment f, boolean tick, double width, int c, boolean continuing) {
        FlowHeader.Column col = columns.get(c);
        if (col.isTick()) return tick ? TICK_FITS : IMPOSSIBLE;
        if (tick || col.field() == Field.SEQ) return IMPOSSIBLE;
        double s = 0;
        double w = widths[c];
        // A line wider than its column cannot be; by one character it may be punctuation set wider than counted.
        double excess = Double.isNaN(w) ? 0 : width - w;
        if (excess > CellBreaks.NARROW_PUNCTUATION_SLACK) s -= TOO_WIDE + TOO_WIDE_PER_CHARACTER * excess;
        else if (excess > CellBreaks.FULL_LINE_SLACK) s -= SLIGHTLY_TOO_WIDE;
        double own = col.field() == null ? 0 : signals.affinity(f.text(), col.field());
        s += (continuing ? CONTINUING_SIGNAL_SHARE : 1) * own - Math.max(0, signals.strongest(f.text()) - own);
        if (col.field() == null || col.field() == Field.REMARKS) s -= continuing ? CONTINUING_SIGNAL_SHARE * CATCH_ALL_COLUMN : CATCH_ALL_COLUMN;
        return s;
    }

    static boolean isTick(String s) {
        return TICK.matcher(s).matches();
    }

    /** What some catalogs print in a tick column that is not ticked: a slash or a dash. */
    static boolean isNoTick(String s) {
        return NO_TICK.matcher(s).matches();
    }
}
