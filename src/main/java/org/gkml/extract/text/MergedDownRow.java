package org.gkml.extract.text;

import org.gkml.catalog.Field;

import java.util.Set;

/**
 * A numbered row of a PDF-flow text that prints only what names it (序号, 一级 / 二级事项) and its marks, under a
 * row that printed its content, basis, time limit … : those cells were merged down over both rows and printed
 * once, with the first. The row sits under them, as it sits under a merged 一级事项.
 */
final class MergedDownRow {

    /** What every row prints for itself, merged or not: its number, its names, its tick marks. */
    private static final Set<Field> OWN = Set.of(Field.SEQ, Field.DOMAIN, Field.CATEGORY, Field.ITEM);

    private MergedDownRow() {
    }

    /**
     * Whether a row lies under the merged cells of the row above.
     *
     * @param printed the fields of the non-tick columns the row prints text in
     * @param above   the fields of the non-tick columns the row above printed (or carried) text in
     */
    static boolean isUnderAbove(Set<Field> printed, Set<Field> above) {
        if (!printed.stream().allMatch(OWN::contains)) return false;
        return above.stream().anyMatch(f -> !OWN.contains(f));
    }

    /** Whether a column's cell of the row above is carried down to such a row. */
    static boolean carries(Field f) {
        return !OWN.contains(f);
    }
}
