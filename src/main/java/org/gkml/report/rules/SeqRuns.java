package org.gkml.report.rules;

import org.gkml.catalog.Entry;

import java.util.Objects;

/**
 * Where a catalog's numbering starts again: a 序号 of 1 under a new 一级事项. Some catalogs number the whole list,
 * others each group; both are fine, so gaps and duplicates are counted within a run.
 */
final class SeqRuns {

    private SeqRuns() {
    }

    /** Whether {@code e} starts a new run after {@code previous}, the last entry that had a 序号 (or null). */
    static boolean startsRun(Entry previous, Entry e) {
        if (previous == null) return true;
        return e.seq() != null && e.seq() == 1 && !Objects.equals(previous.category(), e.category());
    }
}
