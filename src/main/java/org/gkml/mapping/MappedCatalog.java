package org.gkml.mapping;

import org.gkml.catalog.Field;
import org.gkml.table.TextLine;
import org.gkml.table.Warning;

import java.util.List;
import java.util.Set;

/**
 * The mapping stage's result: the catalog's rows keyed by schema field, plus the text around the table.
 *
 * @param textFields fields read from text columns
 * @param tickFields fields read from tick (√) sub-columns
 * @param preamble   lines before the table, including title rows found inside it
 */
public record MappedCatalog(String source, String format, List<ColumnRole> columns, Set<Field> textFields,
                            Set<Field> tickFields, List<MappedRow> rows, List<TextLine> preamble,
                            List<TextLine> trailer, List<Warning> warnings) {
}
