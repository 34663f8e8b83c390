package org.gkml.report.rules;

import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.Simplified;

import java.util.List;

/**
 * A catalog that declares more 二级事项 (in its preamble or notes, read into meta under {@code declared_key})
 * than it lists: items were left out of the table, or the count is stale.
 */
public final class FewerItemsThanDeclared extends SpecifiedRule {

    public static final String ID = "fewer-items";

    private final String declaredKey;

    public FewerItemsThanDeclared(RuleSpec spec) {
        super(spec);
        this.declaredKey = spec.param("declared_key");
    }

    @Override
    public List<Violation> check(CatalogDocument catalog) {
        Integer declared = declared(catalog, declaredKey);
        int found = catalog.entries().size();
        if (declared == null || found >= declared) return List.of();
        return List.of(new Violation(spec(), null, null, null, declaredKey, "声明 " + declared + " 项，找到 " + found + " 项", null));
    }

    /** The count a catalog declares under {@code key} (a number, or text that is one), else null. */
    public static Integer declared(CatalogDocument catalog, String key) {
        Object v = Simplified.get(catalog.meta(), key);
        if (v instanceof Number n) return n.intValue();
        if (v instanceof String s && s.strip().matches("[0-9]{1,6}")) return Integer.parseInt(s.strip());
        return null;
    }
}
