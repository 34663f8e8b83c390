package org.gkml.report.rules;

import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.Entry;
import org.gkml.catalog.Field;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The shape shared by the "no 公开依据" and "no channel" checks: every entry must fill a column. A catalog without
 * any of the columns that hold it gets one finding for the whole catalog, not one per entry: the form is what is wrong.
 */
abstract class EmptyColumn extends SpecifiedRule {

    /** What the 问题 sheet shows as the value of a catalog that has no such column. */
    static final String NO_COLUMN = "（目录无此栏）";

    private final Set<Field> columns;
    private final String label;
    private final Predicate<Entry> filled;

    EmptyColumn(RuleSpec spec, Set<Field> columns, String label, Predicate<Entry> filled) {
        super(spec);
        this.columns = Set.copyOf(columns);
        this.label = label;
        this.filled = filled;
    }

    @Override
    public List<Violation> check(CatalogDocument catalog) {
        List<Violation> out = new ArrayList<>();
        if (catalog.entries().isEmpty()) return out;
        if (columns.stream().noneMatch(catalog.fields()::contains)) {
            out.add(new Violation(spec(), null, null, null, label, NO_COLUMN, null));
            return out;
        }
        for (Entry e : catalog.entries()) {
            if (!filled.test(e)) out.add(new Violation(spec(), e.seq(), e.category(), e.item(), label, Violation.EMPTY, e.source()));
        }
        return out;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
