package org.gkml.report;

import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.Simplified;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a catalog is held against the reference catalogs in 缺项 and the 覆盖 matrix's red cells: a 基层政务公开标准目录
 * names its field in the title (义务教育领域…, read into the meta key {@value #KEY}), and a catalog of another field than
 * every reference's lacks none of the template's items — a 交通运输 catalog does not lack 招生政策. A field is the same
 * when one name holds the other (就业 / 就业创业), traditional characters folded. When a reference names no field (a
 * general template) or the catalog names none, it is held against them all, as before.
 */
public final class ReferenceFields {

    /** The meta key the reading gives the field a title names. */
    public static final String KEY = "领域";

    private final Set<String> fields;

    private ReferenceFields(Set<String> fields) {
        this.fields = fields;
    }

    public static ReferenceFields of(List<CatalogDocument> references) {
        Set<String> fields = new LinkedHashSet<>();
        for (CatalogDocument r : references) {
            String f = field(r);
            if (f == null) return new ReferenceFields(null);
            fields.add(f);
        }
        return new ReferenceFields(fields);
    }

    /** The field a catalog's title names, folded, or null. */
    public static String field(CatalogDocument d) {
        Object f = d.meta() == null ? null : d.meta().get(KEY);
        if (f == null || f.toString().isBlank()) return null;
        return Simplified.fold(f.toString().strip());
    }

    /** Whether {@code d} is compared with the references. */
    public boolean heldAgainst(CatalogDocument d) {
        String f = field(d);
        if (fields == null || fields.isEmpty() || f == null) return true;
        for (String r : fields) if (sameField(f, r)) return true;
        return false;
    }

    /** Whether two folded field names are one field: one holds the other (就业 / 就业创业). */
    public static boolean sameField(String a, String b) {
        return a.contains(b) || b.contains(a);
    }

    /** The references' fields, for the note that says why a catalog was not compared. */
    public String names() {
        return fields == null ? "" : String.join("、", fields);
    }
}
