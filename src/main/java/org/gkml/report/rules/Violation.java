package org.gkml.report.rules;

import org.gkml.table.Provenance;

/**
 * One finding of one rule on one catalog: a row of the 问题 sheet.
 *
 * @param seq      the entry's 序号, null for a finding about the catalog as a whole or an entry without one
 * @param category the entry's 一级事项, or null
 * @param item     the entry's 二级事项, or null
 * @param field    the column the finding concerns, as the sheet names it (公开依据 …)
 * @param value    the offending value as printed ({@link #EMPTY} for an empty cell)
 * @param where    the entry's row in the source, or null
 */
public record Violation(RuleSpec rule, Integer seq, String category, String item, String field, String value,
                        Provenance where) {

    /** The value shown for a cell left empty, so that a filter on the column can find it. */
    public static final String EMPTY = "（空）";
}
