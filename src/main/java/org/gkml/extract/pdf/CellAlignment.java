package org.gkml.extract.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How the cells of a table drawn without lines sit in their rows, told from where their lines lie around the
 * rows' anchor lines (the 序号 numbers, or the first column's lines): at the top (Word's default: every cell
 * starts on its row's anchor line), at the bottom (a spreadsheet's default: no text below the last anchor), or
 * centred (text above and below an anchor line).
 */
enum CellAlignment {
    TOP, MIDDLE, BOTTOM;

    /** Points a line may lie off its anchor's line and still be on it (centres of one line rounded apart). */
    static final double SLACK = 1.0;

    /**
     * The alignment of a table's cells: bottom when in every column, the text between one anchor's line and the
     * next ends on the second one's line and none lies below the last; top when it starts on the first one's
     * line (or there is none); else centred.
     *
     * @param pieces  the table body's text pieces (a column, a height, a text)
     * @param anchors the heights of the rows' anchor lines, top to bottom
     */
    static CellAlignment of(List<TextAlignmentTable.Piece> pieces, List<Double> anchors) {
        if (anchors.isEmpty()) return MIDDLE;
        if (bottom(pieces, anchors)) return BOTTOM;
        return top(pieces, anchors) ? TOP : MIDDLE;
    }

    /** Whether no text lies below the last anchor's line and every cell's text ends on its row's anchor line. */
    static boolean bottom(List<TextAlignmentTable.Piece> pieces, List<Double> anchors) {
        double last = anchors.get(anchors.size() - 1);
        if (pieces.stream().anyMatch(p -> p.y() > last + SLACK)) return false;
        // and in every column, the text between one anchor's line and the next ends on the second one's line
        int columns = pieces.stream().mapToInt(TextAlignmentTable.Piece::col).max().orElse(0) + 1;
        for (int k = 0; k < anchors.size(); k++) {
            double from = k == 0 ? -Double.MAX_VALUE : anchors.get(k - 1) + SLACK;
            double to = anchors.get(k) + SLACK;
            for (int c = 0; c < columns; c++) {
                boolean any = false, onAnchor = false;
                for (TextAlignmentTable.Piece p : pieces) {
                    if (p.col() != c || p.y() <= from || p.y() > to) continue;
                    any = true;
                    if (Math.abs(p.y() - anchors.get(k)) <= SLACK) onAnchor = true;
                }
                if (any && !onAnchor) return false;
            }
        }
        return true;
    }

    /**
     * Whether in every column, the text between one anchor's line and the next starts on the first one's line and
     * runs on without a blank line.
     */
    static boolean top(List<TextAlignmentTable.Piece> pieces, List<Double> anchors) {
        return top(pieces, anchors, 0);
    }

    /**
     * The same, where the rows above anchor {@code firstAnchor} are the header's, whose labels sit anywhere in
     * their rows (二级 under 公开事项).
     */
    static boolean top(List<TextAlignmentTable.Piece> pieces, List<Double> anchors, int firstAnchor) {
        int columns = pieces.stream().mapToInt(TextAlignmentTable.Piece::col).max().orElse(0) + 1;
        double pitch = linePitch(pieces, columns);
        for (int k = 0; k < anchors.size(); k++) {
            double from = anchors.get(k) - SLACK;
            double to = k + 1 < anchors.size() ? anchors.get(k + 1) - SLACK : Double.MAX_VALUE;
            for (int c = 0; c < columns; c++) {
                boolean onAnchor = false;
                List<Double> ys = new ArrayList<>();
                for (TextAlignmentTable.Piece p : pieces) {
                    if (p.col() != c || p.y() < from || p.y() >= to) continue;
                    ys.add(p.y());
                    if (Math.abs(p.y() - anchors.get(k)) <= SLACK) onAnchor = true;
                }
                if (k < firstAnchor) continue;
                if (!ys.isEmpty() && !onAnchor) return false;
                // a cell's lines follow each other from the anchor down, with no blank line between them
                Collections.sort(ys);
                for (int i = 0; i + 1 < ys.size(); i++) if (ys.get(i + 1) - ys.get(i) > RUN_ON * pitch) return false;
            }
        }
        return true;
    }

    /** Lines of one cell lie at most this many line pitches apart. */
    private static final double RUN_ON = 1.5;

    /** The line pitch: the least distance between two lines of a column (the largest value where no column has two). */
    private static double linePitch(List<TextAlignmentTable.Piece> pieces, int columns) {
        double pitch = Double.MAX_VALUE;
        for (int c = 0; c < columns; c++) {
            List<Double> ys = new ArrayList<>();
            for (TextAlignmentTable.Piece p : pieces) if (p.col() == c) ys.add(p.y());
            Collections.sort(ys);
            for (int i = 0; i + 1 < ys.size(); i++) {
                double gap = ys.get(i + 1) - ys.get(i);
                if (gap > SLACK) pitch = Math.min(pitch, gap);
            }
        }
        return pitch;
    }
}
