package org.gkml.mapping;

import org.gkml.catalog.Field;
import org.gkml.table.Warning;
import org.gkml.table.WarningCode;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A cell that says only 同上 ("as above") holds the value of the same column in the row above, as a merged cell
 * would: county catalogs type it where a 公开依据 or 公开主体 repeats. Said once per catalog, at the first such cell.
 */
final class DittoCells {

    /** 同上, 同上。, 同上栏. */
    private static final Pattern DITTO = Pattern.compile("[\\s\u3000]*同上栏?[。.]?[\\s\u3000]*");
    /** Fields whose value a ditto can stand for: text a row repeats, not its own name or number. */
    private static final List<Field> REPEATABLE = List.of(Field.DOMAIN, Field.CATEGORY, Field.CONTENT, Field.BASIS,
            Field.TIME_LIMIT, Field.SUBJECT, Field.CHANNELS, Field.WEB_COLUMN, Field.AUDIENCE, Field.DISCLOSURE_MODE,
            Field.RESPONSIBLE, Field.PUBLICITY_TYPE, Field.UPDATE_FREQUENCY, Field.LEVELS, Field.REMARKS);

    private DittoCells() {
    }

    /** The rows with each ditto cell replaced by the value above it; a ditto in the first row stays as printed. */
    static List<MappedRow> resolve(List<MappedRow> rows, List<Warning> warnings) {
        List<MappedRow> out = new ArrayList<>(rows.size());
        boolean warned = false;
        for (MappedRow row : rows) {
            MappedRow above = out.isEmpty() ? null : out.get(out.size() - 1);
            Map<Field, String> text = null;
            for (Field f : REPEATABLE) {
                String v = row.text().get(f);
                if (v == null || above == null || !DITTO.matcher(v).matches() || above.text().get(f) == null) continue;
                if (text == null) text = new EnumMap<>(row.text());
                text.put(f, above.text().get(f));
                if (!warned) {
                    warnings.add(new Warning(WarningCode.DITTO_CELL, "cells that say 同上 take the value of the row above",
                            row.source()));
                    warned = true;
                }
            }
            out.add(text == null ? row : new MappedRow(text, row.ticks(), row.extra(), row.source()));
        }
        return out;
    }
}
