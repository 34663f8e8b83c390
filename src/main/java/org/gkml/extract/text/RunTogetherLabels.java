package org.gkml.extract.text;

import java.util.function.Predicate;

/**
 * Two header labels PDFBox writes as one piece: the last label of a header row and the first of the row under
 * it, set close enough that no space is put between them ({@code 备注一级事项}, {@code 备注决策}). Read as one label
 * (an unseen variant), the column under it is lost and every column after it is off by one.
 */
final class RunTogetherLabels {

    /** Each half is a label of two characters at least: one character alone is as often a wrapped label's piece. */
    private static final int MIN_HALF = 2;

    private RunTogetherLabels() {
    }

    /**
     * Where a piece that is no label splits into a known label and the start of another ({@code 备注} | {@code 一级事项}):
     * the length of the first, or -1.
     *
     * @param known       whether a text is a known label
     * @param secondStarts whether a text, with what follows the piece, begins a known label
     */
    static int splitAt(String piece, Predicate<String> known, Predicate<String> secondStarts) {
        if (piece.length() < 2 * MIN_HALF || known.test(piece)) return -1;
        for (int k = MIN_HALF; k <= piece.length() - MIN_HALF; k++) {
            if (known.test(piece.substring(0, k)) && secondStarts.test(piece.substring(k))) return k;
        }
        return -1;
    }
}
