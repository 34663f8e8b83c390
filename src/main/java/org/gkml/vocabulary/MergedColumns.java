package org.gkml.vocabulary;

import org.gkml.catalog.Field;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which schema columns are commonly merged over a group of rows (mappings/schema.tsv, 4th column), so that an
 * empty cell in a text export, which cannot show merges, takes the value above it.
 */
public final class MergedColumns {

    private static final Set<Field> FILL = load();

    private MergedColumns() {
    }

    public static boolean fillsDown(Field field) {
        return FILL.contains(field);
    }

    private static Set<Field> load() {
        Set<Field> out = EnumSet.noneOf(Field.class);
        for (String[] row : MappingFiles.rows("schema.tsv")) {
            if (row.length >= 4 && row[3].equals("fill")) out.add(Field.ofKey(row[0]));
        }
        return out;
    }
}
