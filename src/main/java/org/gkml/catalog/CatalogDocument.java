package org.gkml.catalog;

import org.gkml.table.Warning;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One catalog in the unified schema.
 *
 * @param source  the file name
 * @param format  the format it was read as
 * @param level   "province", "city" or "county", or null
 * @param meta    facts outside the table (填表人, 联系方式, declared counts, 备注 …), keys as the catalog words them
 * @param fields  the schema fields this catalog has columns for (derived fields included)
 * @param entries one per 二级事项, in document order
 */
public record CatalogDocument(String source, String format, String title, String agency, Region region, String level,
                              Map<String, Object> meta, Set<Field> fields, List<Entry> entries,
                              List<Warning> warnings) implements java.io.Serializable {

    public CatalogDocument {
        meta = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(meta));
        fields = Set.copyOf(fields);
        entries = List.copyOf(entries);
        warnings = List.copyOf(warnings);
    }
}
