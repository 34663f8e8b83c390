package org.gkml.mapping;

import org.gkml.catalog.Field;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A table that prints the previous table's header again, with no heading of its own, continues that table: a catalog
 * set as one Word table per entry (文山's 生态环境 catalog, each row under its own copy of the header), or a table cut
 * where the editor pasted it page by page. A merged 一级事项 cell cut by that split is written only in the first part;
 * the continuation's first rows, while their 一级事项 cell is blank, are still in the group the previous table ended
 * in, and take its 一级事项 (and 领域). A row with a 一级事项 of its own ends the carry.
 */
final class RepeatedHeaderTable {

    private RepeatedHeaderTable() {
    }

    /** Whether a table's header repeats the previous one's: the same labels over the same columns. */
    static boolean repeats(HeaderReader.Header header, HeaderReader.Header previous) {
        if (previous == null || header.roles().size() != previous.roles().size()) return false;
        for (int i = 0; i < header.roles().size(); i++) {
            ColumnRole a = header.roles().get(i), b = previous.roles().get(i);
            if (a.col() != b.col() || !a.label().equals(b.label())) return false;
        }
        return true;
    }

    /**
     * The continuation's rows, its leading rows without a 一级事项 given the previous table's last one. Rows without
     * an item (a sub-row) carry nothing; with no category before, the rows are as they were.
     */
    static List<MappedRow> carry(List<MappedRow> rows, MappedRow lastOfPrevious) {
        if (lastOfPrevious == null || !lastOfPrevious.text().containsKey(Field.CATEGORY)) return rows;
        List<MappedRow> out = new ArrayList<>(rows.size());
        boolean carrying = true;
        for (MappedRow row : rows) {
            carrying &= !row.text().containsKey(Field.CATEGORY) && row.text().containsKey(Field.ITEM);
            if (!carrying) {
                out.add(row);
                continue;
            }
            Map<Field, String> text = new EnumMap<>(Field.class);
            text.putAll(row.text());
            text.put(Field.CATEGORY, lastOfPrevious.text().get(Field.CATEGORY));
            if (lastOfPrevious.text().containsKey(Field.DOMAIN)) text.putIfAbsent(Field.DOMAIN, lastOfPrevious.text().get(Field.DOMAIN));
            out.add(new MappedRow(text, row.ticks(), row.extra(), row.source()));
        }
        return out;
    }
}
