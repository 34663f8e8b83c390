package org.gkml.report.rules;

import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.Entry;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A 序号 printed twice. Catalogs that number each 一级事项 from 1 again are numbered per group, so a number is a
 * duplicate only within its run ({@link SeqRuns}); a 序号 cell merged over the rows of one 一级事项 gives them all
 * its number, so in a catalog numbered that way ({@link SeqRuns#numbersGroups}) consecutive entries with the same
 * number are one use of it. Every later use is reported.
 */
public record DuplicateSeq(RuleSpec spec) implements Rule {

    public static final String ID = "duplicate-seq";

    @Override
    public List<Violation> check(CatalogDocument catalog) {
        List<Violation> out = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        boolean byGroup = SeqRuns.numbersGroups(catalog.entries());
        Entry previous = null;
        for (Entry e : catalog.entries()) {
            if (SeqRuns.startsRun(previous, e)) seen.clear();
            if (e.seq() != null && !SeqRuns.sameCell(byGroup, previous, e) && !seen.add(e.seq())) {
                out.add(new Violation(spec, e.seq(), e.category(), e.item(), "序号", e.seq().toString(), e.source()));
            }
            if (e.seq() != null) previous = e;
        }
        return out;
    }
}
