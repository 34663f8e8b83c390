package org.gkml.extract.text;

import java.util.List;

/**
 * How many √ a catalog's rows carry, when the flow text cannot show under which sub-column they stand. Where
 * every row that has marks has the same number, one per tick group, the marks run down the same columns as far
 * as the text shows, the way a catalog whose every row is 全社会 / 主动公开 is ticked: each is read as its group's
 * first option. Where the number differs from row to row (3 here, 4 there: some rows tick two levels, or both
 * 全社会 and 特定群体), the catalog was ticked row by row, and a row's one mark in a group is as likely the other
 * option: in the corpus's PDF-flow exports such guesses were wrong in 10 of 75 tick fields (特定群体 read as
 * 全社会), while the seeds, one mark per group in every row, read every guess right.
 */
final class MarkCounts {

    private final int min;
    private final int max;

    /** @param perRow the number of marks of each row (sub-row) of the table; rows without marks are left out */
    MarkCounts(List<Integer> perRow) {
        int lo = Integer.MAX_VALUE, hi = 0;
        for (int n : perRow) {
            if (n == 0) continue;
            lo = Math.min(lo, n);
            hi = Math.max(hi, n);
        }
        this.min = hi == 0 ? 0 : lo;
        this.max = hi;
    }

    /** Whether every row with marks has the same number of them: a row's one mark per group may be read as the first option. */
    boolean uniform() {
        return min == max;
    }

    int min() {
        return min;
    }

    int max() {
        return max;
    }
}
