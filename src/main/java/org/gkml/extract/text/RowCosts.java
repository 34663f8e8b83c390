package org.gkml.extract.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the flow-row solver works out about one row that does not depend on the column widths, kept while the
 * reader places the row again with learned widths: HanLP's reading of each line break, and for each candidate
 * cell (its first piece, the piece after it, its column) its text and its width-free costs. Valid for one
 * document's columns; one per row group, never shared.
 */
final class RowCosts {

    /**
     * A candidate cell before piece {@code next}: its text, the evidence of a break after it that the texts
     * give (with what its column makes of it), and what it costs to close without its column's signals.
     */
    record Cell(String text, double evidence, double closing) {
    }

    /** Works out a cell's costs: pieces {@code start} to {@code next - 1} in {@code column}. */
    interface CellCoster {
        Cell cost(int start, int next, int column);
    }

    private record Key(int start, int next, int column) {
    }

    private final List<Fragment> pieces;
    private final boolean[] spans;
    private final Map<Key, Cell> cells = new HashMap<>();

    RowCosts(List<Fragment> pieces) {
        this.pieces = pieces;
        this.spans = new boolean[pieces.size()];
        for (int i = 1; i < pieces.size(); i++) spans[i] = CellBreaks.wordSpansBreak(pieces.get(i - 1).text(), pieces.get(i).text());
    }

    List<Fragment> pieces() {
        return pieces;
    }

    /** Whether HanLP reads a word across the line break before piece {@code i}. */
    boolean spans(int i) {
        return spans[i];
    }

    /** The cell from piece {@code start} up to piece {@code next} in {@code column}, costed on first use. */
    Cell cell(int start, int next, int column, CellCoster coster) {
        Key k = new Key(start, next, column);
        Cell c = cells.get(k);
        if (c == null) {
            c = coster.cost(start, next, column);
            cells.put(k, c);
        }
        return c;
    }
}
