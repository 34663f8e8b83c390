package org.gkml.report.rules;

import org.gkml.catalog.Entry;

import java.util.List;
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

    /**
     * Whether the catalog numbers its 一级事项 rather than its entries: a 序号 cell merged over each group gives every
     * entry of the group its number, so the number changes exactly where the 一级事项 does (and repeats at least once).
     */
    static boolean numbersGroups(List<Entry> entries) {
        boolean repeats = false;
        Entry previous = null;
        for (Entry e : entries) {
            if (e.seq() == null) continue;
            if (previous != null) {
                boolean sameSeq = previous.seq().equals(e.seq());
                boolean sameGroup = e.category() != null && Objects.equals(previous.category(), e.category());
                if (sameSeq != sameGroup) return false;
                repeats |= sameSeq;
            }
            previous = e;
        }
        return repeats;
    }

    /** Whether {@code e} carries the number of the cell {@code previous} had, in a catalog that numbers groups. */
    static boolean sameCell(boolean numbersGroups, Entry previous, Entry e) {
        return numbersGroups && previous != null && Objects.equals(previous.seq(), e.seq());
    }
}
