package org.gkml.report;

import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.Simplified;

/**
 * The field (领域) a catalog's title names: a 基层政务公开标准目录 names its field in the title (义务教育领域…, read into
 * the meta key {@value #KEY}). When a catalog and a reference both name one, the names decide whether it is held
 * against that reference ({@link ReferenceFit}): a 交通运输 catalog does not lack 招生政策. A field is the same when one
 * name holds the other (就业 / 就业创业), traditional characters folded.
 */
public final class ReferenceFields {

    /** The meta key the reading gives the field a title names. */
    public static final String KEY = "领域";

    private ReferenceFields() {
    }

    /** The field a catalog's title names, folded, or null. */
    public static String field(CatalogDocument d) {
        Object f = d.meta() == null ? null : d.meta().get(KEY);
        if (f == null || f.toString().isBlank()) return null;
        return Simplified.fold(f.toString().strip());
    }

    /** Whether two folded field names are one field: one holds the other (就业 / 就业创业). */
    public static boolean sameField(String a, String b) {
        return a.contains(b) || b.contains(a);
    }
}
