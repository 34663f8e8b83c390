package org.gkml.extract.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a table drawn without lines and without 序号 numbers: blocks of lines that blank space parts
 * (a row taller than its text, as a sheet with set row heights prints it). A gap between two consecutive lines
 * wider than {@value #PARTING} line heights starts a row; a cell's own lines lie closer. A row's anchor is the
 * height of its first line's text.
 */
final class RowBands {

    /** A gap this many line heights wide or more parts two rows. */
    static final double PARTING = 1.0;

    private RowBands() {
    }

    /**
     * The anchors of the rows of lines {@code from} to {@code to} (exclusive), top to bottom.
     *
     * @param pieces the lines' text pieces, whose heights the anchors are
     */
    static List<Double> tops(List<TextLines.Line> lines, int from, int to, List<TextAlignmentTable.Piece> pieces) {
        List<Double> tops = new ArrayList<>();
        for (int i = from; i < to; i++) {
            TextLines.Line l = lines.get(i);
            double height = l.bottom() - l.top();
            if (i > from && l.top() - lines.get(i - 1).bottom() < PARTING * height) continue;
            double y = Double.MAX_VALUE;
            for (TextAlignmentTable.Piece p : pieces) if (p.y() >= l.top() && p.y() <= l.bottom()) y = Math.min(y, p.y());
            if (y < Double.MAX_VALUE) tops.add(y);
        }
        return tops;
    }
}
