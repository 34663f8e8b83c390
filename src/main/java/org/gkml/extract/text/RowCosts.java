package org.gkml.extract.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the flow-row solver works out about one row that does not depend on the column widths, kept while the
 * reader places the row again with learned widths: what the texts on either side of each line break say (HanLP
 * reads a word across it, the width says nothing of it), each run of pieces' text and the break evidence that
 * text gives, and each candidate cell's costs in its column. Valid for one document's columns; one per row
 * group, never shared.
 */
final class RowCosts {

    /** Pieces {@code start} to {@code next - 1} joined, and what their texts say of a break before {@code next}. */
    record Run(String text, double evidence) {
    }

    /**
     * A candidate cell before piece {@code next}: its text, the width-free evidence of a break after it (its
     * run's, with what its column makes of it), and what it costs to close without its column's signals.
     */
    record Cell(String text, double evidence, double closing) {
    }

    /** Works out a cell's costs from its run, the piece after it and its column. */
    interface CellCoster {
        Cell cost(Run run, int next, int column);
    }

    private record Key(int start, int next, int column) {
    }

    private final List<Fragment> pieces;
    private final CellBreaks breaks;
    private final boolean[] spans;
    private final boolean[] widthSaysNothing;
    private final boolean[] outOfOrder;
    private final Map<Long, Run> runs = new HashMap<>();
    private final Map<Key, Cell> cells = new HashMap<>();

    RowCosts(List<Fragment> pieces, CellBreaks breaks) {
        this.pieces = pieces;
        this.breaks = breaks;
        int n = pieces.size();
        this.spans = new boolean[n];
        this.widthSaysNothing = new boolean[n];
        this.outOfOrder = new boolean[n];
        java.util.TreeSet<Integer> lines = new java.util.TreeSet<>();
        for (Fragment f : pieces) lines.add(f.line());
        for (int i = 1; i < n; i++) {
            spans[i] = CellBreaks.wordSpansBreak(pieces.get(i - 1).text(), pieces.get(i).text());
            widthSaysNothing[i] = breaks.widthSaysNothing(pieces.get(i - 1), pieces.get(i));
            int from = pieces.get(i - 1).line(), to = pieces.get(i).line();
            Integer between = lines.higher(from);
            outOfOrder[i] = to < from || (to > from + 1 && between != null && between < to);
        }
    }

    /**
     * Whether the pieces either side of the break before piece {@code i} are not next to each other in the text:
     * piece {@code i} comes from an earlier line, or lines of this row's text lie between them (a remark put back
     * before its row's marks, {@link NoteAfterTicks}). What lies between the two lines in the text, a blank line
     * included, then says nothing of a cell boundary between them.
     */
    boolean outOfOrder(int i) {
        return outOfOrder[i];
    }

    List<Fragment> pieces() {
        return pieces;
    }

    /** Whether HanLP reads a word across the line break before piece {@code i}. */
    boolean spans(int i) {
        return spans[i];
    }

    /** {@link CellBreaks#widthSaysNothing} of the break before piece {@code i}. */
    boolean widthSaysNothing(int i) {
        return widthSaysNothing[i];
    }

    /**
     * The part of the run {@code start} to {@code next - 1} on the line of its last piece, as one piece: what of the
     * cell that line holds ("之日起 20 个" is three pieces of one line of a cell), whose width the wrap measured.
     */
    Fragment lastLine(int start, int next) {
        Fragment last = pieces.get(next - 1);
        int first = next - 1;
        while (first > start && !pieces.get(first).firstOnLine() && pieces.get(first - 1).line() == last.line()) first--;
        if (first == next - 1) return last;
        StringBuilder b = new StringBuilder();
        for (int i = first; i < next; i++) b.append(pieces.get(i).text());
        return new Fragment(b.toString(), last.line(), pieces.get(first).firstOnLine());
    }

    /** The run of pieces {@code start} to {@code next - 1}, read on first use. */
    Run run(int start, int next) {
        long k = (long) start * (pieces.size() + 1) + next;
        Run r = runs.get(k);
        if (r == null) {
            StringBuilder b = new StringBuilder();
            for (int i = start; i < next; i++) b.append(pieces.get(i).text());
            String text = b.toString();
            r = new Run(text, breaks.textEvidence(pieces.get(next - 1), pieces.get(next), text));
            runs.put(k, r);
        }
        return r;
    }

    /** The cell of pieces {@code start} to {@code next - 1} in {@code column}, costed on first use. */
    Cell cell(int start, int next, int column, CellCoster coster) {
        Key k = new Key(start, next, column);
        Cell c = cells.get(k);
        if (c == null) {
            c = coster.cost(run(start, next), next, column);
            cells.put(k, c);
        }
        return c;
    }
}
