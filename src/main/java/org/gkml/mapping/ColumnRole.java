package org.gkml.mapping;

import org.gkml.catalog.Field;

/**
 * What one table column holds.
 *
 * @param col        the grid column
 * @param label      the header text, parent labels first, joined with "/"
 * @param field      the schema field, or null for a column kept under {@code extra}
 * @param option     for a tick column (√ marks), the value a tick selects, e.g. 全社会; else null
 * @param confidence 1.0 for a listed header label, lower for a variant matched by its words
 */
public record ColumnRole(int col, String label, Field field, String option, double confidence) {

    public boolean isTick() {
        return option != null;
    }

    public boolean isExtra() {
        return field == null;
    }
}
