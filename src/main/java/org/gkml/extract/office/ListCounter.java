package org.gkml.extract.office;

/**
 * The numbers of one Word list across its nine levels, advanced as Word advances them in DOCX and DOC alike: a
 * level starts at its start value, counts on, and starts over when a higher level has come in between.
 */
final class ListCounter {

    static final int LEVELS = 9;

    private final int[] count = new int[LEVELS];
    private final boolean[] counting = new boolean[LEVELS];

    /** The level's next number; the deeper levels start over after it. */
    int next(int level, int start) {
        count[level] = counting[level] ? count[level] + 1 : start;
        counting[level] = true;
        for (int deeper = level + 1; deeper < LEVELS; deeper++) counting[deeper] = false;
        return count[level];
    }

    /** The level's number as a label shows it now: its start where it has not counted yet. */
    int current(int level, int start) {
        return counting[level] ? count[level] : start;
    }

    /** The level's next number is {@code start} (a list instance's start override). */
    void restartAt(int level, int start) {
        count[level] = start - 1;
        counting[level] = true;
    }
}
