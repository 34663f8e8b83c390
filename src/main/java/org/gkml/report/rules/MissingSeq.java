package org.gkml.report.rules;

import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.Entry;
import org.gkml.catalog.Field;

import java.util.ArrayList;
import java.util.List;

/**
 * A 序号 left out: an entry without one in a catalog that numbers its entries, or a gap in a run of numbers
 * (…, 4, 7 lacks 5 and 6; a run that starts above 1 lacks the numbers before it). A gap is one finding, reported at
 * the entry after it, its value the missing numbers.
 */
public record MissingSeq(RuleSpec spec) implements Rule {

    public static final String ID = "missing-seq";

    @Override
    public List<Violation> check(CatalogDocument catalog) {
        List<Violation> out = new ArrayList<>();
        if (!catalog.fields().contains(Field.SEQ)) return out;
        Entry previous = null;
        int last = 0;
        for (Entry e : catalog.entries()) {
            if (e.seq() == null) {
                out.add(new Violation(spec, null, e.category(), e.item(), "序号", Violation.EMPTY, e.source()));
                last++;   // the blank stands in for the next number: 1, blank, 3 is one finding, not two
                continue;
            }
            if (SeqRuns.startsRun(previous, e)) last = 0;
            if (e.seq() > last + 1) {
                String missing = e.seq() == last + 2 ? String.valueOf(last + 1) : (last + 1) + "–" + (e.seq() - 1);
                out.add(new Violation(spec, e.seq(), e.category(), e.item(), "序号", "缺 " + missing, e.source()));
            }
            last = Math.max(last, e.seq());
            previous = e;
        }
        return out;
    }
}
