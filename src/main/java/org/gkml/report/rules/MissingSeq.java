package org.gkml.report.rules;

import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.Entry;
import org.gkml.catalog.Field;

import org.gkml.table.Provenance;
import org.gkml.table.Warning;
import org.gkml.table.WarningCode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A 序号 left out: an entry without one in a catalog that numbers its entries, or a gap in a run of numbers
 * (…, 4, 7 lacks 5 and 6; a run that starts above 1 lacks the numbers before it). A gap is one finding, reported at
 * the entry after it, its value the missing numbers. A 序号 printed in a form that is not a number (1-1, 2-3: the
 * reading leaves it empty and warns {@code bad-seq} at the row) is there, not left out, and takes no number of the
 * run.
 */
public record MissingSeq(RuleSpec spec) implements Rule {

    public static final String ID = "missing-seq";

    @Override
    public List<Violation> check(CatalogDocument catalog) {
        List<Violation> out = new ArrayList<>();
        if (!catalog.fields().contains(Field.SEQ)) return out;
        Set<String> printed = printedNonNumbers(catalog);
        Entry previous = null;
        int last = 0;
        for (Entry e : catalog.entries()) {
            if (e.seq() == null && printed.contains(place(e.source()))) continue;
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

    /** Where the reading found a 序号 that is not a number. */
    private static Set<String> printedNonNumbers(CatalogDocument catalog) {
        Set<String> out = new HashSet<>();
        for (Warning w : catalog.warnings()) if (w.code() == WarningCode.BAD_SEQ && w.where() != null) out.add(place(w.where()));
        return out;
    }

    /** A row's place without the OCR's confidence in its text. */
    private static String place(Provenance p) {
        return p == null ? "" : p.file() + '\u0000' + p.page() + '\u0000' + p.line() + '\u0000' + p.cellRef();
    }
}
