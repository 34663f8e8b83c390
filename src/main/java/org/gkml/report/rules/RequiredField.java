package org.gkml.report.rules;

import org.gkml.catalog.Entry;
import org.gkml.catalog.Field;

import java.util.Collection;
import java.util.Set;

/**
 * A county's own "every entry must fill this column" check, written as data: {@code required-field:NAME} with
 * {@code field=<schema key>} (responsible, subject, web_column …) and {@code label=<the column's Chinese name>}.
 */
public final class RequiredField extends EmptyColumn {

    public static final String ID = "required-field";

    public RequiredField(RuleSpec spec) {
        this(spec, field(spec));
    }

    private RequiredField(RuleSpec spec, Field field) {
        super(spec, Set.of(field), spec.params().getOrDefault("label", field.key()), e -> filled(e, field));
    }

    private static Field field(RuleSpec spec) {
        try {
            return Field.ofKey(spec.param("field"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("rule " + spec.id() + ": " + e.getMessage() + " (mappings/report-rules.tsv; see mappings/schema.tsv)");
        }
    }

    private static boolean filled(Entry e, Field field) {
        Object v = e.get(field);
        if (v == null) return false;
        if (v instanceof Collection<?> c) return !c.isEmpty();
        return !v.toString().isBlank();
    }
}
