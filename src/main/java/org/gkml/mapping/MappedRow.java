package org.gkml.mapping;

import org.gkml.catalog.Field;
import org.gkml.table.Provenance;

import java.util.List;
import java.util.Map;

/**
 * One 二级事项 row with its raw cell texts by field, merged cells already filled in.
 *
 * @param text  raw cell text per text field (line breaks as in the source); absent when blank
 * @param ticks per tick field, the options ticked, in column order
 * @param extra raw text of unmapped columns, by header label
 */
public record MappedRow(Map<Field, String> text, Map<Field, List<String>> ticks, Map<String, String> extra,
                        Provenance source) {
}
