package org.gkml.vocabulary;

import org.gkml.catalog.Field;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which schema columns are commonly merged over a group of rows (mappings/schema.tsv, 4th column), so that an
 * empty cell in a text export, which cannot show merges, takes the value above it.
 */
public final class MergedColumns {

    private final Set<Field> fill;

    /** From schema.tsv: a row whose 4th column is "fill". */
    MergedColumns(MappingFile schema) {
        Set<Field> out = EnumSet.noneOf(Field.class);
        for (MappingFile.Row row : schema.rows()) {
            if (row.size() >= 4 && row.get(3).equals("fill")) out.add(row.parse(0, Field::ofKey, "a schema field"));
        }
        this.fill = Set.copyOf(out);
    }

    public boolean fillsDown(Field field) {
        return fill.contains(field);
    }
}
